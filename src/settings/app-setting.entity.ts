import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** Values that every instance must share (generated secrets, one-time flags). */
@Entity('app_settings')
export class AppSetting {
  @PrimaryColumn({ type: 'text' }) key: string;
  @Column({ type: 'jsonb' }) value: unknown;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
