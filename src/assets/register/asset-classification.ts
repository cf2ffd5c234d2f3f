/**
 * The line between 財產 (property) and 物品 (items): the government's property rules count an
 * asset as property when it costs at least NT$10,000 and lasts at least two years; anything
 * cheaper or shorter-lived is an item. Both numbers are written into a CHECK on `assets`, so the
 * database refuses a row whose kind disagrees with its cost and life.
 */
export const PROPERTY_MIN_COST = 10_000;
export const PROPERTY_MIN_SERVICE_LIFE_YEARS = 2;

export const ASSET_KINDS = ['property', 'item'] as const;
export type AssetKind = (typeof ASSET_KINDS)[number];

export const ASSET_KIND_LABELS: Record<AssetKind, string> = { property: '財產', item: '物品' };

/** Classifies an asset from its acquisition cost (NT$) and minimum service life (years). */
export function classifyAsset(acquisitionCost: number, minimumServiceLifeYears: number): AssetKind {
  return acquisitionCost >= PROPERTY_MIN_COST && minimumServiceLifeYears >= PROPERTY_MIN_SERVICE_LIFE_YEARS
    ? 'property'
    : 'item';
}

/** The same rule as SQL, for the CHECK constraint. */
export const ASSET_KIND_SQL_RULE = `(kind = 'property') = (acquisition_cost >= ${PROPERTY_MIN_COST} AND minimum_service_life_years >= ${PROPERTY_MIN_SERVICE_LIFE_YEARS})`;
