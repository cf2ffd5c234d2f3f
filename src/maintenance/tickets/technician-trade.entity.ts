import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Trade } from '../../trades/trade.entity';
import { User } from '../../users/user.entity';

/** The trades a technician works in: their queue, and what makes them assignable. */
@Entity('maintenance_technician_trades')
@Index('ix_maintenance_technician_trades_trade_code', ['tradeCode'])
export class TechnicianTrade {
  @PrimaryColumn({ type: 'uuid' }) userId: string;
  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_maintenance_technician_trades_user' })
  user?: User;
  @PrimaryColumn({ type: 'text' }) tradeCode: string;
  @ManyToOne(() => Trade, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'trade_code', foreignKeyConstraintName: 'fk_maintenance_technician_trades_trade' })
  trade?: Trade;
}
