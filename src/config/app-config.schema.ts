import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  Validate,
  ValidateNested,
  ValidationArguments,
  ValidatorConstraint,
  ValidatorConstraintInterface,
} from 'class-validator';

const HOUR_MINUTE = /^([01]\d|2[0-3]):[0-5]\d$/;
/** An IPv4 or IPv6 address, optionally with a prefix length. */
const PROXY_ADDRESS =
  /^(?:(?:\d{1,3}\.){3}\d{1,3}(?:\/(?:\d|[12]\d|3[0-2]))?|[0-9a-fA-F:]*:[0-9a-fA-F:.]*(?:\/\d{1,3})?)$/;

/** An `HH:mm` time later than the sibling property named in the constraint. */
@ValidatorConstraint({ name: 'laterThan' })
class LaterThan implements ValidatorConstraintInterface {
  validate(value: unknown, validation: ValidationArguments): boolean {
    const earlier = (validation.object as Record<string, unknown>)[validation.constraints[0] as string];
    return typeof value === 'string' && typeof earlier === 'string' && value > earlier;
  }

  defaultMessage(validation: ValidationArguments): string {
    return `$property must be later than ${validation.constraints[0] as string}`;
  }
}

export class HttpConfig {
  @IsInt() @Min(0) @Max(65535) port: number;
  @IsString() host: string;
  @IsArray() @IsString({ each: true }) corsOrigins: string[];
  /**
   * Addresses or CIDR ranges of the reverse proxies whose X-Forwarded-For and X-Forwarded-Proto
   * are believed; none by default, so a client cannot pick its own address (and with it its rate
   * limit) by sending the header itself.
   */
  @IsArray()
  @Matches(PROXY_ADDRESS, { each: true, message: '$property must list IP addresses or CIDR ranges (10.0.0.0/8)' })
  trustedProxies: string[];
  @IsInt() @Min(1024) bodyLimitBytes: number;
}

export class DatabaseConfig {
  @IsOptional() @Matches(/^postgres(ql)?:\/\//, { message: '$property must be a postgres:// URL' }) url: string | null;
  @IsInt() @Min(1) @Max(65535) embeddedPort: number;
  @IsString() embeddedDataDir: string;
  @IsInt() @Min(1) @Max(200) poolSize: number;
  @IsInt() @Min(100) statementTimeoutMs: number;
  @IsInt() @Min(100) connectTimeoutMs: number;
}

export class TimeConfig {
  @Matches(HOUR_MINUTE, { message: '$property must be HH:mm' }) businessHoursStart: string;
  @Matches(HOUR_MINUTE, { message: '$property must be HH:mm' }) businessHoursEnd: string;
  @IsString() calendarDir: string;
}

export class AuthConfig {
  @IsOptional() @IsString() @MinLength(32, { message: '$property must be at least 32 characters' }) jwtSecret:
    string | null;
  @IsInt() @Min(60) @Max(7 * 24 * 3600) jwtTtlSeconds: number;
  /** Sign-in attempts per account and source address in one window. */
  @IsInt() @Min(1) loginMaxFailures: number;
  /** Sign-in attempts per account from all addresses together in one window (the usual address is exempt). */
  @IsInt() @Min(1) loginMaxAccountFailures: number;
  @IsInt() @Min(1) loginFailureWindowSeconds: number;
  /**
   * Password hashes (argon2id, 12 MiB each, on libuv's worker threads) computed at once; further
   * sign-ins wait their turn, so a burst cannot take every worker thread or the memory budget.
   */
  @IsInt() @Min(1) @Max(16) passwordHashConcurrency: number;
}

export class UploadsConfig {
  @IsString() dir: string;
  @IsInt() @Min(1) maxBytes: number;
  @IsArray() @IsString({ each: true }) @MaxLength(100, { each: true }) allowedTypes: string[];
}

export class LoggingConfig {
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']) level: string;
}

export class JobsConfig {
  @IsBoolean() enabled: boolean;
  /** How long a running job's claim lasts without a heartbeat before another instance may take its period. */
  @IsInt() @Min(3) @Max(3600) leaseSeconds: number;
}

export class ParkingConfig {
  /** Most days one permit may cover. */
  @IsInt() @Min(1) @Max(366) maxPermitDays: number;
  /** How far ahead a permit may start. */
  @IsInt() @Min(0) @Max(366) maxDaysAhead: number;
  /** Days after a permit's last day before the visitor's name and phone are removed. */
  @IsInt() @Min(1) @Max(3650) retentionDays: number;
  /** Verification requests allowed per client address per minute. */
  @IsInt() @Min(1) @Max(100000) verifyPerMinute: number;
  /**
   * Base of the verification URL printed in the QR code (PARKING_PUBLIC_BASE_URL); null uses the
   * Host header the officer's browser sent. X-Forwarded-Host is never used: set this behind a proxy.
   */
  @IsOptional()
  @Matches(/^https?:\/\/[^\s/]+(\/[^\s]*)?$/, { message: '$property must be an http(s) URL' })
  publicBaseUrl: string | null;
}

export class FleetConfig {
  /** How far ahead a trip may be booked. */
  @IsInt() @Min(1) @Max(730) bookingHorizonDays: number;
  /** How long before its start a trip must be requested, so the dispatcher can plan it. */
  @IsInt() @Min(0) @Max(10080) bookingLeadMinutes: number;
  /** Time kept free after a trip for refuelling and cleaning, unless the dispatcher says otherwise. */
  @IsInt() @Min(0) @Max(1440) defaultTurnaroundMinutes: number;
  /** How early insurance, inspection, service and licence expiries are announced. */
  @IsInt() @Min(1) @Max(365) dueWarningDays: number;
}

export class VenuesConfig {
  /** How far ahead a venue may be booked. */
  @IsInt() @Min(1) @Max(730) bookingHorizonDays: number;
  /** How long before its start a booking must be made (including its setup time). */
  @IsInt() @Min(0) @Max(10080) bookingLeadMinutes: number;
  /** The longest single booking; longer events are booked as a daily series. */
  @IsInt() @Min(1) @Max(24) maxBookingHours: number;
  /** Opening hours of a new space unless its own are given. */
  @Matches(HOUR_MINUTE, { message: '$property must be HH:mm' }) defaultOpensAt: string;
  @Matches(HOUR_MINUTE, { message: '$property must be HH:mm' })
  @Validate(LaterThan, ['defaultOpensAt'])
  defaultClosesAt: string;
  /** Whether spaces are closed on the office calendar's non-working days (unless a space opens on them). */
  @IsBoolean() closedOnNonWorkingDays: boolean;
  /** The most dates one recurring series may book. */
  @IsInt() @Min(2) @Max(366) maxSeriesOccurrences: number;
  /** How early before its start (setup included) a booking may be checked in. */
  @IsInt() @Min(0) @Max(1440) checkInEarlyMinutes: number;
}

export class MailConfig {
  /** SMTP server as `smtp(s)://user:password@host:port`; null sends no e-mail. */
  @IsOptional()
  @Matches(/^smtps?:\/\/[^\s/]+\/?$/, { message: '$property must be an smtp:// or smtps:// URL' })
  smtpUrl: string | null;
  /** Sender of every e-mail, e.g. `facilities-ops <no-reply@example.gov.tw>`. */
  @IsString() @IsNotEmpty() @MaxLength(200) from: string;
}

export class MaintenanceConfig {
  /** A resolved ticket the requester neither confirms nor reopens closes after this many working days. */
  @IsInt() @Min(1) @Max(60) autoCloseBusinessDays: number;
  /** Share of an SLA budget, in percent, at which the assignee and the coordinators are warned. */
  @IsInt() @Min(1) @Max(99) slaWarningPercent: number;
}

export class DormitoriesConfig {
  /** Months in which the half-yearly residence fact verification (居住事實查考) opens. */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(12)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(12, { each: true })
  residenceCheckMonths: number[];
}

/** From this acquisition cost (NT$) on, a movement form needs these roles' approvals, in order. */
export class MovementApprovalTier {
  @IsInt() @Min(0) @Max(2_000_000_000) fromCost: number;
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @IsIn(['property_officer', 'agency_admin', 'admin'], { each: true })
  steps: ('property_officer' | 'agency_admin' | 'admin')[];
}

/** Cost tiers sorted by `fromCost`, the first from 0, so that every asset value falls in one. */
@ValidatorConstraint({ name: 'tiersFromZeroAscending' })
class TiersFromZeroAscending implements ValidatorConstraintInterface {
  validate(tiers: unknown): boolean {
    if (!Array.isArray(tiers) || tiers.length === 0) return false;
    const costs = tiers.map((tier) => (tier as MovementApprovalTier).fromCost);
    return costs[0] === 0 && costs.every((cost, index) => index === 0 || cost > costs[index - 1]);
  }

  defaultMessage(): string {
    return '$property must start with fromCost 0 and rise strictly';
  }
}

export class AssetsConfig {
  /** The approval a movement form (移撥, 捐贈, 變賣, 報廢) needs, by the asset's acquisition cost. */
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => MovementApprovalTier)
  @Validate(TiersFromZeroAscending)
  movementApproval: MovementApprovalTier[];
}

export class ReferenceConfig {
  @IsString() file: string;
}

/** The whole validated configuration: defaults from config/default.json, overridden by the environment. */
export class AppConfig {
  @ValidateNested() @Type(() => HttpConfig) http: HttpConfig;
  @ValidateNested() @Type(() => DatabaseConfig) database: DatabaseConfig;
  @ValidateNested() @Type(() => TimeConfig) time: TimeConfig;
  @ValidateNested() @Type(() => AuthConfig) auth: AuthConfig;
  @ValidateNested() @Type(() => UploadsConfig) uploads: UploadsConfig;
  @ValidateNested() @Type(() => LoggingConfig) logging: LoggingConfig;
  @ValidateNested() @Type(() => JobsConfig) jobs: JobsConfig;
  @ValidateNested() @Type(() => ReferenceConfig) reference: ReferenceConfig;
  @ValidateNested() @Type(() => ParkingConfig) parking: ParkingConfig;
  @ValidateNested() @Type(() => MaintenanceConfig) maintenance: MaintenanceConfig;
  @ValidateNested() @Type(() => FleetConfig) fleet: FleetConfig;
  @ValidateNested() @Type(() => VenuesConfig) venues: VenuesConfig;
  @ValidateNested() @Type(() => DormitoriesConfig) dormitories: DormitoriesConfig;
  @ValidateNested() @Type(() => MailConfig) mail: MailConfig;
  @ValidateNested() @Type(() => AssetsConfig) assets: AssetsConfig;
}
