import { Card, Space, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { inTaipei } from '../../common/dates/roc-date';
import { Panel } from '../../common/states/panel';
import { EmptyState, ErrorState, LoadingState } from '../../common/states/states';
import { FigureSections } from '../components/figure-sections';
import { PeriodForm } from '../components/period-form';
import { ReportText } from '../components/report-text';
import { SnapshotHistory } from '../components/snapshot-history';
import { useFiguresOverview } from '../hooks/use-figures';
import { figuresText as text } from '../messages';
import { queryOf, type FiguresQuery, type PeriodChoice } from '../period';

const TrendCharts = lazy(() => import('../components/trend-charts'));

/**
 * The general-administration figures of a ROC year, a month or a council session, as the report
 * groups them, each beside the same period a year earlier; the monthly trends; the report text
 * and its downloads; the kept snapshots with their history.
 */
export default function FiguresPage() {
  const lastYear = inTaipei(new Date()).year() - 1911 - 1;
  const [choice, setChoice] = useState<PeriodChoice>({ kind: 'year', rocYear: lastYear, month: 1 });
  const query = queryOf(choice);
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card>
        <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
          {text.title}
        </Typography.Title>
        <PeriodForm choice={choice} onChange={setChoice} />
      </Card>
      {query ? <Figures query={query} /> : <EmptyState description={text.pickRange} />}
    </Space>
  );
}

function Figures({ query }: { query: FiguresQuery }) {
  const overview = useFiguresOverview(query);
  if (overview.isPending) return <LoadingState />;
  if (overview.isError) return <ErrorState error={overview.error} onRetry={() => void overview.refetch()} />;
  const { current, yearEarlier, trends, reportText } = overview.data;
  return (
    <>
      <Panel title={`${text.reportText}：${current.label}`}>
        <ReportText query={query} sentences={reportText} />
      </Panel>
      <Panel title={`${current.label} ${text.comparedWith(yearEarlier.label)}`}>
        <FigureSections current={current} yearEarlier={yearEarlier} />
      </Panel>
      <Panel title={text.trends}>
        <Suspense fallback={<LoadingState />}>
          <TrendCharts trends={trends} />
        </Suspense>
      </Panel>
      <Panel title={text.snapshots}>
        <SnapshotHistory query={query} />
      </Panel>
    </>
  );
}
