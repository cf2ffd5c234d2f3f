import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { Role, ROLES } from '../identity/role';

const ROLE_LIST = ROLES.map((role) => `'${role}'`).join(', ');

/** A person who signs in. Belongs to one agency and holds one or more roles. */
@Entity('users')
@Check('ck_users_roles_known', `roles <@ ARRAY[${ROLE_LIST}]::text[] AND cardinality(roles) > 0`)
@Check('ck_users_username_lower', 'username = lower(username)')
@Index('ix_users_agency_id', ['agencyId'])
export class User {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text', unique: true }) username: string;
  @Column({ type: 'text' }) displayName: string;
  @Column({ type: 'text', nullable: true }) email: string | null;
  @Column({ type: 'text', nullable: true }) phone: string | null;
  @Column({ type: 'uuid' }) agencyId: string;
  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'agency_id' }) agency?: Agency;
  @Column({ type: 'text', array: true }) roles: Role[];
  @Column({ type: 'text', select: false }) passwordHash: string;
  @Column({ type: 'boolean', default: true }) active: boolean;
  /** Bumped when the roles, the password or the active flag change, which revokes every token issued before. */
  @Column({ type: 'integer', default: 0 }) tokenVersion: number;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  @VersionColumn() version: number;
}
