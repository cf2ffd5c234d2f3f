type Parser = 'string' | 'integer' | 'boolean' | 'list' | 'integer-list';

interface EnvironmentKey {
  path: string;
  parse: Parser;
  /** Holds a secret (a key, or a URL that may carry a password): never echoed in an error. */
  secret?: true;
}

/** Every environment variable the service reads, and the configuration key it overrides. */
export const ENVIRONMENT_KEYS: Record<string, EnvironmentKey> = {
  PORT: { path: 'http.port', parse: 'integer' },
  HOST: { path: 'http.host', parse: 'string' },
  CORS_ORIGINS: { path: 'http.corsOrigins', parse: 'list' },
  TRUSTED_PROXIES: { path: 'http.trustedProxies', parse: 'list' },
  HTTP_BODY_LIMIT_BYTES: { path: 'http.bodyLimitBytes', parse: 'integer' },
  DATABASE_URL: { path: 'database.url', parse: 'string', secret: true },
  EMBEDDED_DB_PORT: { path: 'database.embeddedPort', parse: 'integer' },
  EMBEDDED_DB_DIR: { path: 'database.embeddedDataDir', parse: 'string' },
  DB_POOL_SIZE: { path: 'database.poolSize', parse: 'integer' },
  DB_STATEMENT_TIMEOUT_MS: { path: 'database.statementTimeoutMs', parse: 'integer' },
  DB_CONNECT_TIMEOUT_MS: { path: 'database.connectTimeoutMs', parse: 'integer' },
  BUSINESS_HOURS_START: { path: 'time.businessHoursStart', parse: 'string' },
  BUSINESS_HOURS_END: { path: 'time.businessHoursEnd', parse: 'string' },
  CALENDAR_DIR: { path: 'time.calendarDir', parse: 'string' },
  JWT_SECRET: { path: 'auth.jwtSecret', parse: 'string', secret: true },
  JWT_TTL_SECONDS: { path: 'auth.jwtTtlSeconds', parse: 'integer' },
  LOGIN_MAX_FAILURES: { path: 'auth.loginMaxFailures', parse: 'integer' },
  LOGIN_MAX_ACCOUNT_FAILURES: { path: 'auth.loginMaxAccountFailures', parse: 'integer' },
  LOGIN_FAILURE_WINDOW_SECONDS: { path: 'auth.loginFailureWindowSeconds', parse: 'integer' },
  PASSWORD_HASH_CONCURRENCY: { path: 'auth.passwordHashConcurrency', parse: 'integer' },
  UPLOAD_DIR: { path: 'uploads.dir', parse: 'string' },
  UPLOAD_MAX_BYTES: { path: 'uploads.maxBytes', parse: 'integer' },
  UPLOAD_ALLOWED_TYPES: { path: 'uploads.allowedTypes', parse: 'list' },
  LOG_LEVEL: { path: 'logging.level', parse: 'string' },
  JOBS_ENABLED: { path: 'jobs.enabled', parse: 'boolean' },
  JOBS_LEASE_SECONDS: { path: 'jobs.leaseSeconds', parse: 'integer' },
  REFERENCE_FILE: { path: 'reference.file', parse: 'string' },
  PARKING_MAX_PERMIT_DAYS: { path: 'parking.maxPermitDays', parse: 'integer' },
  PARKING_MAX_DAYS_AHEAD: { path: 'parking.maxDaysAhead', parse: 'integer' },
  PARKING_RETENTION_DAYS: { path: 'parking.retentionDays', parse: 'integer' },
  PARKING_VERIFY_PER_MINUTE: { path: 'parking.verifyPerMinute', parse: 'integer' },
  PARKING_PUBLIC_BASE_URL: { path: 'parking.publicBaseUrl', parse: 'string' },
  MAINTENANCE_AUTO_CLOSE_DAYS: { path: 'maintenance.autoCloseBusinessDays', parse: 'integer' },
  MAINTENANCE_SLA_WARNING_PERCENT: { path: 'maintenance.slaWarningPercent', parse: 'integer' },
  FLEET_BOOKING_HORIZON_DAYS: { path: 'fleet.bookingHorizonDays', parse: 'integer' },
  FLEET_BOOKING_LEAD_MINUTES: { path: 'fleet.bookingLeadMinutes', parse: 'integer' },
  FLEET_TURNAROUND_MINUTES: { path: 'fleet.defaultTurnaroundMinutes', parse: 'integer' },
  FLEET_DUE_WARNING_DAYS: { path: 'fleet.dueWarningDays', parse: 'integer' },
  VENUE_BOOKING_HORIZON_DAYS: { path: 'venues.bookingHorizonDays', parse: 'integer' },
  VENUE_BOOKING_LEAD_MINUTES: { path: 'venues.bookingLeadMinutes', parse: 'integer' },
  VENUE_MAX_BOOKING_HOURS: { path: 'venues.maxBookingHours', parse: 'integer' },
  VENUE_DEFAULT_OPENS_AT: { path: 'venues.defaultOpensAt', parse: 'string' },
  VENUE_DEFAULT_CLOSES_AT: { path: 'venues.defaultClosesAt', parse: 'string' },
  VENUE_CLOSED_ON_NON_WORKING_DAYS: { path: 'venues.closedOnNonWorkingDays', parse: 'boolean' },
  VENUE_MAX_SERIES_OCCURRENCES: { path: 'venues.maxSeriesOccurrences', parse: 'integer' },
  VENUE_CHECK_IN_EARLY_MINUTES: { path: 'venues.checkInEarlyMinutes', parse: 'integer' },
  DORMITORY_CHECK_MONTHS: { path: 'dormitories.residenceCheckMonths', parse: 'integer-list' },
  SMTP_URL: { path: 'mail.smtpUrl', parse: 'string', secret: true },
  MAIL_FROM: { path: 'mail.from', parse: 'string' },
};

/** The environment variable that overrides a configuration path, for error messages. */
export function environmentKeyFor(path: string): string | undefined {
  return Object.entries(ENVIRONMENT_KEYS).find(([, key]) => key.path === path)?.[0];
}

/** How an error message may show a configured value: secrets only by their length. */
export function describeValue(path: string, value: unknown): string {
  const name = environmentKeyFor(path);
  if (name && ENVIRONMENT_KEYS[name].secret && value !== null && value !== undefined)
    return `a hidden value of ${String(value).length} characters`;
  return JSON.stringify(value);
}

export class ConfigurationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigurationError';
  }
}

/** Turns an environment string into the type of its key; a value of the wrong shape is a ConfigurationError. */
export function parseEnvironmentValue(name: string, raw: string): unknown {
  switch (ENVIRONMENT_KEYS[name].parse) {
    case 'integer':
      if (!/^-?\d+$/.test(raw.trim())) throw new ConfigurationError(`${name} must be an integer (got "${raw}")`);
      return Number(raw);
    case 'boolean':
      if (!['true', 'false', '1', '0'].includes(raw.trim())) {
        throw new ConfigurationError(`${name} must be true or false (got "${raw}")`);
      }
      return raw.trim() === 'true' || raw.trim() === '1';
    case 'list':
      return raw
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item.length > 0);
    case 'integer-list':
      return raw.split(',').map((item) => {
        if (!/^-?\d+$/.test(item.trim()))
          throw new ConfigurationError(`${name} must be a comma-separated list of integers (got "${raw}")`);
        return Number(item);
      });
    case 'string':
      return raw;
  }
}
