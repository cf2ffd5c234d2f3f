import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { Schemas } from '../../common/api/client';
import { figuresText as text } from '../messages';

echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

type Trend = Schemas['FiguresOverviewView']['trends'][number];

function TrendChart({ trend }: { trend: Trend }) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!element.current) return;
    const chart = echarts.init(element.current);
    chart.setOption({
      tooltip: { trigger: 'axis' },
      grid: { left: 8, right: 8, top: 24, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: trend.months.map((month) => month.label.replace(/^\d+年/, '')) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          name: trend.label,
          type: 'bar',
          data: trend.months.map((month) => month.value),
          label: { show: true, position: 'top' },
        },
      ],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [trend]);
  return (
    <figure style={{ margin: 0 }}>
      <figcaption style={{ fontWeight: 500 }}>{`${trend.label}（${trend.unit}）`}</figcaption>
      <div
        ref={element}
        role="img"
        aria-label={text.trendLabel(trend.label, trend.unit)}
        style={{ width: '100%', height: 220 }}
      />
    </figure>
  );
}

/**
 * A bar chart of each main figure by month. The page loads this module lazily, so ECharts
 * arrives after the figures' tables and never in the app's first download.
 */
export default function TrendCharts({ trends }: { trends: Trend[] }) {
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 360px), 1fr))', gap: 24 }}>
      {trends.map((trend) => (
        <TrendChart key={trend.key} trend={trend} />
      ))}
    </div>
  );
}
