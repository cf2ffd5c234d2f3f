import { Column, CreateDateColumn, PrimaryGeneratedColumn } from 'typeorm';

/** The columns every maintenance attachment table has: the bytes live under the upload directory, the row keeps where and their sha256. */
export abstract class StoredAttachment {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) fileName: string;
  @Column({ type: 'text' }) contentType: string;
  @Column({ type: 'int' }) sizeBytes: number;
  @Column({ type: 'text' }) sha256: string;
  /** Path relative to the upload directory. */
  @Column({ type: 'text' }) storagePath: string;
  @Column({ type: 'uuid' }) uploadedByUserId: string;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
}
