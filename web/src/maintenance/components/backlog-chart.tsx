import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { kpiText as text } from '../kpi-messages';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

type Ages = keyof typeof text.backlogAges;
export interface BacklogBar {
  label: string;
  backlog: Record<Ages, number>;
}

/** Open tickets per group, stacked by age. Only the lazy KPI page imports this, so echarts stays out of the first download. */
export function BacklogChart({ bars }: { bars: BacklogBar[] }) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!element.current) return;
    const chart = echarts.init(element.current);
    chart.setOption({
      tooltip: { trigger: 'axis' },
      // echarts 6 puts the legend at the bottom by default, over the axis labels: keep it on top, above the grid.
      legend: { top: 0 },
      grid: { left: 8, right: 8, top: 56, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: bars.map((bar) => bar.label) },
      yAxis: { type: 'value', minInterval: 1 },
      series: (Object.keys(text.backlogAges) as Ages[]).map((age) => ({
        name: text.backlogAges[age],
        type: 'bar',
        stack: 'age',
        data: bars.map((bar) => bar.backlog[age]),
      })),
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [bars]);
  return <div ref={element} role="img" aria-label={text.chartLabel} style={{ width: '100%', height: 320 }} />;
}
