import { defineConstraintErrors } from '../common/errors/constraint-errors';

/** What each CHECK constraint of the location tree means to the caller. */
export const LOCATIONS_CONSTRAINT_ERRORS = defineConstraintErrors({
  ck_locations_kind: {
    field: 'kind',
    code: 'location.kind_unknown',
    message: 'a location is a site, building, floor or room',
  },
  ck_locations_parent_kind: {
    field: 'parentId',
    code: 'location.parent_kind',
    message: 'a site has no parent; a building belongs to a site, a floor to a building, a room to a floor',
  },
});
