import { Injectable } from '@nestjs/common';

export interface ParkingSettingsValues {
  /** Most days one permit may cover. */
  maxPermitDays: number;
  /** How far ahead a permit may start. */
  maxDaysAhead: number;
  /** Days after a permit's last day before the visitor's name and phone are removed. */
  retentionDays: number;
  /** Verification requests allowed per client address per minute. */
  verifyPerMinute: number;
  /** Base of the verification URL printed in the QR code; null uses the request's own host. */
  publicBaseUrl: string | null;
}

const INTEGER_KEYS: [keyof ParkingSettingsValues, string, number, number, number][] = [
  ['maxPermitDays', 'PARKING_MAX_PERMIT_DAYS', 7, 1, 366],
  ['maxDaysAhead', 'PARKING_MAX_DAYS_AHEAD', 90, 0, 366],
  ['retentionDays', 'PARKING_RETENTION_DAYS', 180, 1, 3650],
  ['verifyPerMinute', 'PARKING_VERIFY_PER_MINUTE', 60, 1, 100000],
];

/**
 * Reads the parking settings from the environment, stopping the boot with a message naming the
 * bad key. Kept in the module until they move into the shared AppConfig.
 */
export function readParkingSettings(environment: NodeJS.ProcessEnv): ParkingSettingsValues {
  const values: Record<string, unknown> = {};
  for (const [key, variable, fallback, min, max] of INTEGER_KEYS) {
    const text = environment[variable];
    const value = text === undefined || text === '' ? fallback : Number(text);
    if (!Number.isInteger(value) || value < min || value > max) {
      throw new Error(`${variable} (parking.${key}) must be an integer from ${min} to ${max} (got ${text})`);
    }
    values[key] = value;
  }
  const base = environment.PARKING_PUBLIC_BASE_URL || null;
  if (base !== null && !/^https?:\/\/[^\s/]+(\/[^\s]*)?$/.test(base)) {
    throw new Error(`PARKING_PUBLIC_BASE_URL (parking.publicBaseUrl) must be an http(s) URL (got ${base})`);
  }
  values.publicBaseUrl = base?.replace(/\/+$/, '') ?? null;
  return values as unknown as ParkingSettingsValues;
}

/** The parking settings of this instance, read once at boot. */
@Injectable()
export class ParkingSettings {
  readonly values: ParkingSettingsValues = readParkingSettings(process.env);
}
