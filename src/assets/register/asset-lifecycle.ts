import { DateTime } from 'luxon';

/**
 * The life of an asset in the register. An asset is in use or idle until it leaves the register
 * through exactly one movement (移撥, 捐贈, 變賣 or 報廢); after that nothing moves it again.
 * Transfer, donation and sale are ways to give idle property a second use, so they start from
 * `idle`; a broken asset may be scrapped straight from `in_use`. A stocktake that cannot find an
 * asset marks it `missing` (盤虧) when it closes: it stays in the register until it turns up again
 * (back in use or idle) or is written off by scrapping.
 */
export const ASSET_STATUSES = ['in_use', 'idle', 'missing', 'transferred', 'donated', 'sold', 'scrapped'] as const;
export type AssetStatus = (typeof ASSET_STATUSES)[number];

/** The statuses an officer may set by hand. */
export const ACTIVE_STATUSES = ['in_use', 'idle'] as const satisfies readonly AssetStatus[];
export type ActiveStatus = (typeof ACTIVE_STATUSES)[number];

/** Still in the register, so counted by a stocktake. */
export const IN_REGISTER_STATUSES = ['in_use', 'idle', 'missing'] as const satisfies readonly AssetStatus[];
export type InRegisterStatus = (typeof IN_REGISTER_STATUSES)[number];

export const MOVEMENT_KINDS = ['transfer', 'donation', 'sale', 'scrap'] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];

export const ASSET_STATUS_LABELS: Record<AssetStatus, string> = {
  in_use: '使用中',
  idle: '閒置',
  missing: '盤虧（待查）',
  transferred: '已移撥',
  donated: '已捐贈',
  sold: '已變賣',
  scrapped: '已報廢',
};

export const MOVEMENT_KIND_LABELS: Record<MovementKind, string> = {
  transfer: '移撥',
  donation: '捐贈',
  sale: '變賣',
  scrap: '報廢',
};

export const STATUS_AFTER_MOVEMENT: Record<MovementKind, AssetStatus> = {
  transfer: 'transferred',
  donation: 'donated',
  sale: 'sold',
  scrap: 'scrapped',
};

/** The statuses each movement may start from. */
export const MOVEMENT_FROM: Record<MovementKind, readonly InRegisterStatus[]> = {
  transfer: ['idle'],
  donation: ['idle'],
  sale: ['idle'],
  scrap: ['in_use', 'idle', 'missing'],
};

const TRANSITIONS: Record<AssetStatus, readonly AssetStatus[]> = {
  in_use: ['idle', 'missing', 'scrapped'],
  idle: ['in_use', 'missing', 'transferred', 'donated', 'sold', 'scrapped'],
  missing: ['in_use', 'idle', 'scrapped'],
  transferred: [],
  donated: [],
  sold: [],
  scrapped: [],
};

export function canTransition(from: AssetStatus, to: AssetStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function isDisposed(status: AssetStatus): boolean {
  return TRANSITIONS[status].length === 0;
}

/** Whether `kind` may move an asset that is now `status`. */
export function canMove(status: AssetStatus, kind: MovementKind): boolean {
  return (MOVEMENT_FROM[kind] as readonly AssetStatus[]).includes(status);
}

/** The first day on which the minimum service life (最低使用年限) has elapsed, `YYYY-MM-DD`. */
export function serviceLifeEndsOn(acquisitionDate: string, minimumServiceLifeYears: number): string {
  return DateTime.fromISO(acquisitionDate, { zone: 'utc' }).plus({ years: minimumServiceLifeYears }).toISODate()!;
}

/** Scrapping before the service life has elapsed needs a documented reason. */
export function isEarlyScrap(acquisitionDate: string, minimumServiceLifeYears: number, scrappedOn: string): boolean {
  return scrappedOn < serviceLifeEndsOn(acquisitionDate, minimumServiceLifeYears);
}

/** SQL list literal of the statuses, for CHECK constraints. */
