import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { Location } from '../locations/location.entity';
import { DivisionRecordKind } from './division-record-kinds';

/**
 * One held activity: a center's cleaning and greening evaluation or a civil-defence training
 * session, with its attendance and the file of its result (stored like every upload, under the
 * upload directory).
 */
@Entity('division_records')
@Unique('uq_division_records_kind_site_id_held_on', ['kind', 'siteId', 'heldOn'])
@Index('ix_division_records_held_on', ['heldOn'])
@Index('ix_division_records_site_id', ['siteId'])
@Check('ck_division_records_kind', "kind IN ('cleaning_greening_evaluation', 'civil_defence_training')")
@Check('ck_division_records_attendance', 'attendance IS NULL OR attendance BETWEEN 0 AND 100000')
@Check('ck_division_records_training_attendance', "kind <> 'civil_defence_training' OR attendance IS NOT NULL")
@Check(
  'ck_division_records_result_file',
  'num_nonnulls(result_file_name, result_content_type, result_size_bytes, result_sha256, result_storage_path) IN (0, 5)',
)
export class DivisionRecord {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) kind: DivisionRecordKind;
  @Column({ type: 'date' }) heldOn: string;
  @Column({ type: 'uuid' }) siteId: string;
  @ManyToOne(() => Location, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'site_id', foreignKeyConstraintName: 'fk_division_records_site' })
  site?: Location;
  @Column({ type: 'int', nullable: true }) attendance: number | null;
  /** The result as written on the paper, e.g. `特優` or `合格`. */
  @Column({ type: 'text', nullable: true }) result: string | null;
  @Column({ type: 'text', nullable: true }) resultFileName: string | null;
  @Column({ type: 'text', nullable: true }) resultContentType: string | null;
  @Column({ type: 'int', nullable: true }) resultSizeBytes: number | null;
  @Column({ type: 'text', nullable: true }) resultSha256: string | null;
  @Column({ type: 'text', nullable: true }) resultStoragePath: string | null;
  @Column({ type: 'uuid' }) recordedByUserId: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  @VersionColumn() version: number;
}
