import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { Agency } from '../../agencies/agency.entity';

/**
 * One half-year round of residence fact verification (居住事實查考), e.g. `115-H1`, for the
 * dormitories one agency manages. It is complete once every check in it is recorded.
 */
@Entity('residence_check_campaigns')
@Unique('uq_residence_check_campaigns_agency_id_code', ['agencyId', 'code'])
@Check('ck_residence_check_campaigns_code', "code ~ '^[0-9]{2,3}-H[12]$'")
export class ResidenceCheckCampaign {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) agencyId: string;
  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'agency_id' }) agency?: Agency;
  @Column({ type: 'text' }) code: string;
  @Column({ type: 'int' }) checkCount: number;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) openedAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) completedAt: Date | null;
  /** When the round was brought in from the office's earlier records; null for rounds opened here. */
  @Column({ type: 'timestamptz', nullable: true }) importedAt: Date | null;
}
