import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { VehicleRequestLine } from './vehicle-request-line.entity';

/** A file backing a request line (a quotation, the old vehicle's inspection record), stored like every upload. */
@Entity('vehicle_request_attachments')
@Index('ix_vehicle_request_attachments_line_id', ['lineId'])
export class VehicleRequestAttachment {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) lineId: string;
  @ManyToOne(() => VehicleRequestLine, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'line_id', foreignKeyConstraintName: 'fk_vehicle_request_attachments_line' })
  line?: VehicleRequestLine;
  @Column({ type: 'text' }) fileName: string;
  @Column({ type: 'text' }) contentType: string;
  @Column({ type: 'int' }) sizeBytes: number;
  @Column({ type: 'text' }) sha256: string;
  @Column({ type: 'text' }) storagePath: string;
  @Column({ type: 'uuid' }) uploadedByUserId: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
