import { FiguresReport } from '../figures.service';

/** One line of the report's tables: a figure now and in the same period a year earlier. */
export interface FigureRow {
  section: string;
  label: string;
  unit: string;
  value: number;
  yearEarlier: number | null;
}

/** The current figures, section by section, each beside its value a year earlier (null if that period lacked it). */
export function figureRows(current: FiguresReport, yearEarlier: FiguresReport): FigureRow[] {
  const before = new Map(
    yearEarlier.sections.flatMap((section) => section.figures).map((figure) => [figure.key, figure.value]),
  );
  return current.sections.flatMap((section) =>
    section.figures.map((figure) => ({
      section: section.title,
      label: figure.label,
      unit: figure.unit,
      value: figure.value,
      yearEarlier: before.get(figure.key) ?? null,
    })),
  );
}

/** `+12`, `−3`, `0`, or `—` when there is nothing to compare with. */
export function changeText(row: FigureRow): string {
  if (row.yearEarlier === null) return '—';
  const change = row.value - row.yearEarlier;
  if (change === 0) return '0';
  return `${change > 0 ? '+' : '−'}${Math.abs(change).toLocaleString('en-US')}`;
}
