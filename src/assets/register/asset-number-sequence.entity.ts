import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/** The last serial handed out per category code; the row lock serialises concurrent registrations. */
@Entity('asset_number_sequences')
@Check('ck_asset_number_sequences_last_serial', 'last_serial BETWEEN 0 AND 999999')
export class AssetNumberSequence {
  @PrimaryColumn({ type: 'text' }) categoryCode: string;
  @Column({ type: 'integer' }) lastSerial: number;
}
