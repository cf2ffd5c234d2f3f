import type { Schemas } from '../../common/api/client';
import { figuresText as text } from '../messages';
import { PlainTable, type PlainColumn } from './plain-table';

type Report = Schemas['FiguresReportView'];
interface Row {
  key: string;
  label: string;
  unit: string;
  value: number;
  yearEarlier?: number;
}

const number = (value?: number) => (value === undefined ? '—' : value.toLocaleString('zh-TW'));

function change(row: Row): string {
  if (row.yearEarlier === undefined) return '—';
  const difference = row.value - row.yearEarlier;
  return difference > 0 ? `+${number(difference)}` : number(difference);
}

const columns: PlainColumn<Row>[] = [
  // The unit goes with the item, so this year's and last year's numbers read alike.
  { title: text.figure, render: (row) => `${row.label}（${row.unit}）` },
  { title: text.current, numeric: true, render: (row) => number(row.value) },
  { title: text.yearEarlier, numeric: true, render: (row) => number(row.yearEarlier) },
  { title: text.change, numeric: true, render: change },
];

/** Each section of the report (廳舍管理維護, 宿舍管理, …) as a table: the figure now and a year earlier. */
export function FigureSections({ current, yearEarlier }: { current: Report; yearEarlier: Report }) {
  const before = new Map(
    (yearEarlier.sections ?? []).flatMap((section) => section.figures).map((figure) => [figure.key, figure.value]),
  );
  return (current.sections ?? []).map((section) => (
    <PlainTable<Row>
      key={section.key}
      caption={section.title}
      columns={columns}
      rowKey={(row) => row.key}
      emptyText={text.sectionEmpty}
      rows={section.figures.map((figure) => ({ ...figure, yearEarlier: before.get(figure.key) }))}
    />
  ));
}
