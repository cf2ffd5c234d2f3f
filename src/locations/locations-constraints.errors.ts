import { defineConstraintErrors } from '../common/errors/constraint-errors';

/** What each CHECK and unique constraint of the location tree means to the caller. */
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

  uq_locations_parent_id_code: {
    field: 'code',
    code: 'location.code_taken',
    message: 'the parent location already has a location with this code',
    status: 409,
  },
  uq_locations_site_code: {
    field: 'code',
    code: 'location.code_taken',
    message: 'another site already has this code',
    status: 409,
  },
  // The target of the composite foreign keys that make a reference name a location of one kind; the id alone is unique.
  uq_locations_id_kind: {
    code: 'location.id_kind',
    message: 'a location has one kind',
    status: 409,
  },
});
