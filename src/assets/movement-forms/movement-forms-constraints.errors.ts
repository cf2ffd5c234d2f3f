import { defineConstraintErrors } from '../../common/errors/constraint-errors';

/** What each CHECK and unique constraint of the movement forms' tables means to the caller. */
export const MOVEMENT_FORMS_CONSTRAINT_ERRORS = defineConstraintErrors({
  ck_asset_movement_forms_kind: {
    field: 'kind',
    code: 'asset_movement_form.kind_unknown',
    message: 'unknown kind of movement',
  },
  ck_asset_movement_forms_status: { code: 'asset_movement_form.status_unknown', message: 'unknown form status' },
  ck_asset_movement_forms_steps: {
    code: 'asset_movement_form.steps_invalid',
    message: 'a form has 1 to 5 approval steps by known roles, and no more approvals than steps',
  },
  ck_asset_movement_forms_approved: {
    code: 'asset_movement_form.approved_without_movement',
    message: 'an approved form has every step approved and its movement, and only an approved form has one',
  },
  ck_asset_movement_forms_decided: {
    code: 'asset_movement_form.decided_at',
    message: 'a decided form has the time it was decided, and only a decided form has one',
  },
  ck_asset_movement_forms_rejection_note: {
    field: 'note',
    code: 'asset_movement_form.rejection_note_required',
    message: 'a rejection needs its reason',
  },
  ck_asset_movement_forms_recipient: {
    field: 'recipientName',
    code: 'assets.recipient_required',
    message: 'a transfer or a donation needs its recipient',
  },
  ck_asset_movement_forms_proceeds: {
    field: 'proceeds',
    code: 'assets.sale_proceeds',
    message: 'a sale needs its proceeds (0 or more), and only a sale has them',
  },
  ck_asset_movement_form_steps_role: {
    code: 'asset_movement_form.step_role_unknown',
    message: 'unknown approver role',
  },
  ck_asset_movement_form_steps_decision: {
    code: 'asset_movement_form.step_decision_unknown',
    message: 'a step is approved or rejected',
  },
  ck_asset_movement_form_steps_index: {
    code: 'asset_movement_form.step_index_range',
    message: 'a form has at most 5 steps',
  },

  uq_asset_movement_forms_pending_asset: {
    field: 'assetId',
    code: 'asset_movement_form.already_pending',
    message: 'the asset already has a movement form pending',
    status: 409,
  },
  uq_asset_movement_form_steps_step: {
    code: 'asset_movement_form.step_decided',
    message: 'this step of the form is already decided',
    status: 409,
  },
  uq_asset_movement_form_steps_user: {
    code: 'asset_movement_form.approver_involved',
    message: 'an approver decides one step of a form at most',
    status: 409,
  },
});
