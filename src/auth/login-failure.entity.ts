import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A failed sign-in, kept in PostgreSQL so every instance counts the same failures. */
@Entity('login_failures')
@Index('ix_login_failures_username_failed_at', ['username', 'failedAt'])
export class LoginFailure {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column({ type: 'text' }) username: string;
  @Column({ type: 'text', nullable: true }) ipAddress: string | null;
  @Column({ type: 'timestamptz', default: () => 'now()' }) failedAt: Date;
}
