import { isAlwaysProperty } from '../classification/property-classification';

/**
 * The line between 財產 (property) and 物品 (items), as the classification's general notes draw
 * it: land, land improvements and buildings are property whatever they cost; machinery, vehicles
 * and other equipment are property when they cost at least NT$10,000 and last at least two years.
 * Everything else is an item: 非消耗品 when it lasts two years or more, 消耗用品 when it does not.
 * The rule is also written into CHECKs on `assets`, so the database refuses a row that disagrees.
 */
export const PROPERTY_MIN_COST = 10_000;
export const PROPERTY_MIN_SERVICE_LIFE_YEARS = 2;

export const ASSET_KINDS = ['property', 'item'] as const;
export type AssetKind = (typeof ASSET_KINDS)[number];
export const ITEM_CLASSES = ['non_consumable', 'consumable'] as const;
export type ItemClass = (typeof ITEM_CLASSES)[number];

export const ASSET_KIND_LABELS: Record<AssetKind, string> = { property: '財產', item: '物品' };
export const ITEM_CLASS_LABELS: Record<ItemClass, string> = { non_consumable: '非消耗品', consumable: '消耗用品' };

export interface AssetClass {
  kind: AssetKind;
  /** null for property. */
  itemClass: ItemClass | null;
}

/** Classifies an asset from its category code, acquisition cost (NT$) and minimum service life (years). */
export function classifyAsset(
  categoryCode: string,
  acquisitionCost: number,
  minimumServiceLifeYears: number,
): AssetClass {
  const lasts = minimumServiceLifeYears >= PROPERTY_MIN_SERVICE_LIFE_YEARS;
  if (isAlwaysProperty(categoryCode) || (acquisitionCost >= PROPERTY_MIN_COST && lasts)) {
    return { kind: 'property', itemClass: null };
  }
  return { kind: 'item', itemClass: lasts ? 'non_consumable' : 'consumable' };
}

const IS_PROPERTY_SQL = `(left(category_code, 1) IN ('1', '2') OR (acquisition_cost >= ${PROPERTY_MIN_COST} AND minimum_service_life_years >= ${PROPERTY_MIN_SERVICE_LIFE_YEARS}))`;

/** The same rule as SQL, for the CHECK constraints. */
export const ASSET_KIND_SQL_RULE = `(kind = 'property') = ${IS_PROPERTY_SQL}`;
export const ITEM_CLASS_SQL_RULE = `item_class IS NOT DISTINCT FROM (CASE WHEN kind = 'property' THEN NULL WHEN minimum_service_life_years >= ${PROPERTY_MIN_SERVICE_LIFE_YEARS} THEN 'non_consumable' ELSE 'consumable' END)`;
