import { Injectable } from '@nestjs/common';
import { ThrottlerStorage } from '@nestjs/throttler';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ParkingThrottleWindow } from './throttle-window.entity';

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/**
 * Fixed-window request counts kept in PostgreSQL, so that the limit holds across all instances
 * (the throttler's default storage counts per process). A caller over the limit stays refused
 * until its window ends.
 */
@Injectable()
export class PostgresThrottlerStorage implements ThrottlerStorage {
  constructor(@InjectRepository(ParkingThrottleWindow) private readonly windows: Repository<ParkingThrottleWindow>) {}

  async increment(key: string, ttlMilliseconds: number, limit: number): Promise<ThrottlerStorageRecord> {
    const [row] = (await this.windows.query(
      `INSERT INTO parking_throttle_windows AS w (key, window_started_at, hits) VALUES ($1, now(), 1)
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN w.window_started_at <= now() - make_interval(secs => $2 / 1000.0) THEN 1 ELSE w.hits + 1 END,
         window_started_at = CASE WHEN w.window_started_at <= now() - make_interval(secs => $2 / 1000.0) THEN now() ELSE w.window_started_at END
       RETURNING hits, ceil(extract(epoch FROM w.window_started_at + make_interval(secs => $2 / 1000.0) - now()))::int AS seconds_left`,
      [key, ttlMilliseconds],
    )) as { hits: number; seconds_left: number }[];
    const secondsLeft = Math.max(1, row.seconds_left);
    const isBlocked = row.hits > limit;
    return {
      totalHits: row.hits,
      timeToExpire: secondsLeft,
      isBlocked,
      timeToBlockExpire: isBlocked ? secondsLeft : 0,
    };
  }

  /** Drops windows that ended long ago; called by the parking housekeeping job. */
  async removeStale(olderThanSeconds: number): Promise<number> {
    const result = await this.windows
      .createQueryBuilder()
      .delete()
      .where('window_started_at < now() - make_interval(secs => :seconds)', { seconds: olderThanSeconds })
      .execute();
    return result.affected ?? 0;
  }
}
