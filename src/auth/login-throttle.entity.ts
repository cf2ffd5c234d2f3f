import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The source of the account-wide counter row, which counts sign-in attempts from every address. */
export const ANY_SOURCE = '';

/**
 * Sign-in attempts counted per account and source address (and per account over all addresses,
 * with `source` = ''), in PostgreSQL so that every instance counts the same attempts. An attempt
 * is counted before its password is checked; a success takes its own count back.
 */
@Entity('login_throttles')
export class LoginThrottle {
  @PrimaryColumn({ type: 'text' }) username: string;
  @PrimaryColumn({ type: 'text' }) source: string;
  @Column({ type: 'integer' }) attempts: number;
  @Column({ type: 'timestamptz' }) windowStartedAt: Date;
  /** The last successful sign-in from this source: the account's usual place. */
  @Column({ type: 'timestamptz', nullable: true }) lastSuccessAt: Date | null;
}
