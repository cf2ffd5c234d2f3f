import { BadRequestError, ConflictError, UnprocessableError } from '../common/errors/domain-error';
import { fieldDetails } from '../common/errors/field-error';
import { INVALID_PERIOD } from '../common/validation/date-range-query';
import {
  ASSET_STATUS_LABELS,
  AssetStatus,
  MOVEMENT_FROM,
  MOVEMENT_KIND_LABELS,
  MovementKind,
} from './register/asset-lifecycle';

export class AssetDisposedError extends ConflictError {
  constructor(id: string, status: AssetStatus, disposedOn: string | null) {
    super(
      'asset.disposed',
      `asset ${id} already left the register (${ASSET_STATUS_LABELS[status]} ${disposedOn ?? ''}) and cannot change any more`,
      {
        id,
        status,
        disposedOn,
      },
    );
  }
}

export class IllegalMovementError extends ConflictError {
  constructor(id: string, status: AssetStatus, kind: MovementKind) {
    super(
      'asset.illegal_movement',
      `${MOVEMENT_KIND_LABELS[kind]} needs an asset that is ${MOVEMENT_FROM[kind].join(' or ')}; asset ${id} is ${status}`,
      {
        id,
        status,
        kind,
        allowedFrom: MOVEMENT_FROM[kind],
      },
    );
  }
}

export class EarlyScrapWithoutReasonError extends UnprocessableError {
  constructor(id: string, serviceLifeEndsOn: string) {
    super(
      'asset.early_scrap_needs_reason',
      `the minimum service life of asset ${id} lasts until ${serviceLifeEndsOn}; scrapping earlier needs a reason`,
      fieldDetails(
        'reason',
        'asset.early_scrap_needs_reason',
        'scrapping before the end of the minimum service life needs a reason',
        { id, serviceLifeEndsOn },
        { serviceLifeEndsOn },
      ),
    );
  }
}

export class MovementDateError extends UnprocessableError {
  constructor(occurredOn: string, earliest: string, latest: string) {
    super(
      'asset.movement_date_out_of_range',
      `the movement date ${occurredOn} must lie between the acquisition date ${earliest} and today ${latest}`,
      fieldDetails(
        'occurredOn',
        'asset.movement_date_out_of_range',
        `must lie between ${earliest} and ${latest}`,
        { occurredOn, earliest, latest },
        { min: earliest, max: latest },
      ),
    );
  }
}

export class NotASiteError extends UnprocessableError {
  constructor(id: string) {
    super('asset_stocktake.not_a_site', `location ${id} is not a center (site); a center stocktake needs one`, { id });
  }
}

export class InactiveLocationError extends UnprocessableError {
  constructor(id: string) {
    super('asset.location_inactive', `location ${id} is no longer in use`, { id });
  }
}

export class StocktakeClosedError extends ConflictError {
  constructor(id: string) {
    super('asset_stocktake.closed', `stocktake ${id} is closed`, { id });
  }
}

export class StocktakeLinesUnrecordedError extends ConflictError {
  constructor(id: string, unrecorded: number) {
    super(
      'asset_stocktake.lines_unrecorded',
      `stocktake ${id} still has ${unrecorded} unrecorded line(s); record every line before closing`,
      {
        id,
        unrecorded,
      },
    );
  }
}

export class UnknownCategoryError extends UnprocessableError {
  constructor(categoryCode: string) {
    super(
      'asset.unknown_category',
      `${categoryCode} is not an item of the property classification (財物標準分類)`,
      fieldDetails('categoryCode', 'asset.unknown_category', 'not an item of the property classification', {
        categoryCode,
      }),
    );
  }
}

export class ServiceLifeRequiredError extends UnprocessableError {
  constructor(categoryCode: string) {
    super(
      'asset.service_life_required',
      `the classification leaves the minimum service life of ${categoryCode} to the agency (自訂); give one`,
      fieldDetails('minimumServiceLifeYears', 'asset.service_life_required', 'give the minimum service life', {
        categoryCode,
      }),
    );
  }
}

export class ServiceLifeBelowMinimumError extends UnprocessableError {
  constructor(categoryCode: string, minimum: number, given: number) {
    super(
      'asset.service_life_below_minimum',
      `the minimum service life of ${categoryCode} is ${minimum} years; ${given} is shorter`,
      fieldDetails(
        'minimumServiceLifeYears',
        'asset.service_life_below_minimum',
        `must be at least ${minimum} years`,
        { categoryCode, minimum, given },
        { min: minimum },
      ),
    );
  }
}

/** A label sheet was asked for, but no asset in the register matches the selection. */
export class NoAssetsToLabelError extends UnprocessableError {
  constructor(field: 'assetIds' | 'locationId') {
    const message = 'no asset in the register matches the selection';
    super('asset.no_labels', message, fieldDetails(field, 'asset.no_labels', message));
  }
}

/** A surplus line (盤盈) already became an asset of the register. */
export class SurplusAlreadyRegisteredError extends ConflictError {
  constructor(id: string, assetId: string) {
    super(
      'asset_stocktake.surplus_registered',
      `surplus line ${id} was already added to the register as asset ${assetId}`,
      {
        id,
        assetId,
      },
    );
  }
}

/** A status change the asset's life does not allow (an idle asset cannot go to 已移撥 by hand, say). */
export class IllegalStatusError extends UnprocessableError {
  constructor(id: string, from: AssetStatus, to: AssetStatus) {
    super('asset.illegal_status', `asset ${id} cannot go from ${from} to ${to}`, { id, from, to });
  }
}

/** A given property number that does not start with the asset's category code. */
export class PropertyNumberCategoryError extends UnprocessableError {
  constructor(propertyNumber: string, categoryCode: string) {
    super(
      'asset.property_number_category',
      `property number ${propertyNumber} does not start with category code ${categoryCode}`,
      fieldDetails('propertyNumber', 'asset.property_number_category', 'must start with the category code', {
        propertyNumber,
        categoryCode,
      }),
    );
  }
}

/** A report period that ends before it starts; it names `to`, so the page can mark that field. */
export class ReportPeriodError extends BadRequestError {
  constructor(message: string) {
    super(INVALID_PERIOD, message, fieldDetails('to', INVALID_PERIOD, message));
  }
}
