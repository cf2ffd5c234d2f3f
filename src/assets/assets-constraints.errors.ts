import { defineConstraintErrors } from '../common/errors/constraint-errors';

/** What each CHECK and unique constraint of the property register's tables means to the caller. */
export const ASSETS_CONSTRAINT_ERRORS = defineConstraintErrors({
  ck_assets_acquisition_cost: {
    field: 'acquisitionCost',
    code: 'assets.cost_negative',
    message: 'an acquisition cost cannot be negative',
  },
  ck_assets_category_code: {
    field: 'categoryCode',
    code: 'assets.category_code_form',
    message: 'a category code is written 3140101-03 or, with a material letter, 3120301-22A',
  },
  ck_assets_custodian: {
    field: 'custodianName',
    code: 'assets.custodian_twice',
    message: 'name the custodian as a user or as a name, not both',
  },
  ck_assets_disposed_on: {
    code: 'assets.disposed_on',
    message: 'an asset that left the register needs the day it left, and only such an asset has one',
  },
  ck_assets_kind: {
    field: 'acquisitionCost',
    code: 'assets.kind_mismatch',
    message:
      'land and buildings are property (財產); other property costs NT$10,000 or more and lasts 2 years or more; anything else is an item (物品)',
  },
  ck_assets_item_class_rule: {
    field: 'minimumServiceLifeYears',
    code: 'assets.item_class_mismatch',
    message:
      'an item (物品) lasting 2 years or more is a non-consumable (非消耗品), a shorter-lived one a consumable (消耗用品)',
  },
  ck_assets_minimum_service_life_years: {
    field: 'minimumServiceLifeYears',
    code: 'assets.service_life_range',
    message: 'a minimum service life is 0 to 100 years',
  },
  ck_assets_property_number: {
    field: 'propertyNumber',
    code: 'assets.property_number_form',
    message: 'a property number is the category code and a 5- or 6-digit serial, e.g. 3140101-03-000123',
  },
  ck_assets_status: { field: 'status', code: 'assets.status_unknown', message: 'unknown asset status' },
  ck_asset_movements_early_scrap_reason: {
    field: 'reason',
    code: 'asset.early_scrap_needs_reason',
    message: 'scrapping before the end of the minimum service life needs a reason',
  },
  ck_asset_movements_from_status: {
    code: 'asset.illegal_movement',
    message: 'only an idle asset can be transferred, donated or sold; an asset in use can only be scrapped',
  },
  ck_asset_movements_kind: { code: 'assets.movement_kind_unknown', message: 'unknown kind of movement' },
  ck_asset_movements_proceeds: {
    field: 'proceeds',
    code: 'assets.sale_proceeds',
    message: 'a sale needs its proceeds (0 or more), and only a sale has them',
  },
  ck_asset_movements_recipient: {
    field: 'recipientName',
    code: 'assets.recipient_required',
    message: 'a transfer or a donation needs its recipient',
  },
  ck_asset_number_sequences_last_serial: {
    code: 'assets.serials_exhausted',
    message: 'this category has used all 999,999 serial numbers',
    status: 409,
  },
  ck_asset_stocktakes_closed: {
    code: 'assets.stocktake_closed',
    message: 'a closed stocktake needs its closing time and counts, and only a closed one has them',
  },
  ck_asset_stocktakes_roc_year: { field: 'rocYear', code: 'assets.roc_year_range', message: 'a ROC year is 1 to 999' },
  ck_asset_stocktakes_scope: {
    field: 'scope',
    code: 'assets.stocktake_scope',
    message: 'a stocktake covers a center or an agency',
  },
  ck_asset_stocktakes_scope_target: {
    field: 'siteId',
    code: 'assets.stocktake_scope_target',
    message: 'a center stocktake names its site and no agency; an agency stocktake names its agency and no site',
  },
  ck_asset_stocktakes_status: { code: 'assets.stocktake_status_unknown', message: 'unknown stocktake status' },
  ck_asset_stocktake_lines_moved: {
    field: 'foundLocationId',
    code: 'assets.stocktake_moved_needs_place',
    message: 'an asset found moved needs the location or the custodian it was found with',
  },
  ck_asset_stocktake_lines_recorded: {
    code: 'assets.stocktake_line_recorded',
    message: 'a recorded line needs its result, who recorded it and when',
  },
  ck_asset_stocktake_lines_result: {
    field: 'result',
    code: 'assets.stocktake_result_unknown',
    message: 'the result is found, missing, moved or damaged',
  },
  ck_asset_stocktake_lines_damaged: {
    field: 'note',
    code: 'assets.stocktake_damage_note',
    message: 'a damaged asset needs a note saying what is wrong',
  },
  ck_asset_stocktake_surpluses_name: {
    field: 'name',
    code: 'assets.stocktake_surplus_name',
    message: 'a surplus item needs its name',
  },

  uq_assets_property_number: {
    field: 'propertyNumber',
    code: 'assets.property_number_taken',
    message: 'another asset already has this property number',
    status: 409,
  },
  uq_asset_movements_asset_id: {
    code: 'assets.movement_recorded',
    message: 'the asset already left the register by a movement',
    status: 409,
  },
  uq_asset_stocktakes_agency_year: {
    field: 'rocYear',
    code: 'assets.stocktake_exists',
    message: 'the agency already has a stocktake of this year',
    status: 409,
  },
  uq_asset_stocktakes_site_year: {
    field: 'rocYear',
    code: 'assets.stocktake_exists',
    message: 'the center already has a stocktake of this year',
    status: 409,
  },
  uq_asset_stocktake_lines_stocktake_id_asset_id: {
    code: 'assets.stocktake_line_exists',
    message: 'the stocktake already lists this asset',
    status: 409,
  },
  uq_asset_stocktake_surpluses_registered_asset_id: {
    code: 'asset_stocktake.surplus_registered',
    message: 'the asset is already registered from another surplus',
    status: 409,
  },
});
