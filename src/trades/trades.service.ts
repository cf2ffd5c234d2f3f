import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { NotFoundError } from '../common/errors/domain-error';
import { Trade } from './trade.entity';

/** The maintenance trades, loaded from the reference data. */
@Injectable()
export class TradesService {
  constructor(@InjectRepository(Trade) private readonly trades: Repository<Trade>) {}

  list(): Promise<Trade[]> {
    return this.trades.find({ order: { sortOrder: 'ASC' } });
  }

  async requireActive(code: string): Promise<Trade> {
    const trade = await this.trades.findOneBy({ code, active: true });
    if (!trade) throw new NotFoundError('trade', code);
    return trade;
  }

  /** Adds the trades that are missing; existing ones are left as the office edited them. */
  async seed(trades: Pick<Trade, 'code' | 'name' | 'sortOrder'>[]): Promise<void> {
    await this.trades.createQueryBuilder().insert().values(trades).orIgnore().execute();
  }
}
