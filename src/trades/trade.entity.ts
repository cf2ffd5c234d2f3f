import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A maintenance trade (工種) such as 水電 or 空調; tickets and SLA policies refer to its code. */
@Entity('trades')
export class Trade {
  @PrimaryColumn({ type: 'text' }) code: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'int', default: 0 }) sortOrder: number;
  @Column({ type: 'boolean', default: true }) active: boolean;
}
