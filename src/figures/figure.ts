import { Period } from '../common/time';

/** One published figure, e.g. 受理案件 1,059 件. */
export interface Figure {
  key: string;
  label: string;
  value: number;
  unit: string;
  /** The sentence as the report prints it, e.g. `112年度受理案件計1,059件`. */
  sentence: string;
}

/** A source of figures: each feature module's section asks that module's service for its counts. */
export interface FiguresSection {
  readonly key: string;
  readonly title: string;
  figuresFor(period: Period, periodLabel: string): Promise<Figure[]>;
}

export const FIGURES_SECTIONS = Symbol('FIGURES_SECTIONS');

const NUMBER = new Intl.NumberFormat('zh-TW');

export function formatCount(value: number): string {
  return NUMBER.format(value);
}

/** Builds a figure whose sentence reads `<period><label>計<value><unit>`. */
export function countFigure(periodLabel: string, key: string, label: string, value: number, unit: string): Figure {
  return { key, label, value, unit, sentence: `${periodLabel}${label}計${formatCount(value)}${unit}` };
}
