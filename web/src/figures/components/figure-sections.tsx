import { Table, Typography, type TableColumnsType } from 'antd';
import type { Schemas } from '../../common/api/client';
import { figuresText as text } from '../messages';

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

const columns: TableColumnsType<Row> = [
  { title: text.figure, dataIndex: 'label' },
  { title: text.current, key: 'value', align: 'right', render: (_, row) => `${number(row.value)} ${row.unit}` },
  { title: text.yearEarlier, key: 'yearEarlier', align: 'right', render: (_, row) => number(row.yearEarlier) },
  { title: text.change, key: 'change', align: 'right', render: (_, row) => change(row) },
];

/** Each section of the report (廳舍管理維護, 宿舍管理, …) as a table: the figure now and a year earlier. */
export function FigureSections({ current, yearEarlier }: { current: Report; yearEarlier: Report }) {
  const before = new Map(
    (yearEarlier.sections ?? []).flatMap((section) => section.figures).map((figure) => [figure.key, figure.value]),
  );
  return (current.sections ?? []).map((section) => (
    <section key={section.key} aria-labelledby={`figures-section-${section.key}`}>
      <Typography.Title level={3} id={`figures-section-${section.key}`} style={{ fontSize: 16 }}>
        {section.title}
      </Typography.Title>
      <div style={{ overflowX: 'auto' }}>
        <Table<Row>
          rowKey="key"
          size="small"
          pagination={false}
          columns={columns}
          dataSource={section.figures.map((figure) => ({ ...figure, yearEarlier: before.get(figure.key) }))}
        />
      </div>
    </section>
  ));
}
