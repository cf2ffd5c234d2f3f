import { defineConstraintErrors } from '../common/errors/constraint-errors';

/** What each CHECK and unique constraint of the figures tables means to the caller. */
export const FIGURES_CONSTRAINT_ERRORS = defineConstraintErrors({
  ck_figure_sentence_templates_text: {
    field: 'text',
    code: 'figures.sentence_text_length',
    message: 'a sentence template is 1 to 500 characters',
  },
  ck_figure_snapshots_kind: { code: 'figures.snapshot_kind', message: 'a snapshot covers a year, a month or a range' },
  ck_figure_month_parts_month: {
    code: 'figures.month_parts_month',
    message: "a month's kept figures are filed under the month's first day",
  },

  uq_figure_snapshots_kind_period_key_current: {
    code: 'figures.snapshot_current_exists',
    message: 'the period already has a current snapshot',
    status: 409,
  },
});
