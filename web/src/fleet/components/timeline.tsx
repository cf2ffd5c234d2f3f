import { Typography } from 'antd';
import { type RefObject, useEffect, useRef } from 'react';
import { inTaipei } from '../../common/dates/roc-date';

export interface TimelineBar {
  id: string;
  rowId: string;
  start: string;
  end: string;
  label: string;
  /** Darker for trips on the road, grey for finished trips, striped red for a driver's leave. */
  tone: 'planned' | 'on_road' | 'done' | 'off';
}

const TONES: Record<TimelineBar['tone'], string> = {
  planned: '#0958d9',
  on_road: '#ad4e00',
  done: '#595959',
  off: 'repeating-linear-gradient(45deg, #a8071a, #a8071a 6px, #820014 6px, #820014 12px)',
};
const LABEL_WIDTH = 120;
/** The row names stay in view while the hours scroll under them. */
const STICKY_LABEL = { position: 'sticky', left: 0, zIndex: 1, background: '#fff' } as const;

/**
 * Scrolls a box too narrow for the whole window (a phone) so that the time at `fraction` of the
 * window sits just right of the row names, again whenever the box changes size (a phone turned).
 */
function useScrolledTo(box: RefObject<HTMLElement | null>, fraction: number | undefined) {
  useEffect(() => {
    const section = box.current;
    if (!section || fraction === undefined) return;
    const observer = new ResizeObserver(() => {
      section.scrollLeft = (section.scrollWidth - LABEL_WIDTH) * fraction;
    });
    observer.observe(section);
    return () => observer.disconnect();
  }, [box, fraction]);
}

/**
 * Rows (vehicles or drivers) across a window of time, their holds as bars. The grid scrolls
 * inside its own box so that a phone page never scrolls sideways; it opens scrolled to `opensAt`.
 */
export function Timeline({
  title,
  rows,
  bars,
  from,
  to,
  ticks,
  opensAt,
}: {
  title: string;
  rows: { id: string; label: string }[];
  bars: TimelineBar[];
  from: string;
  to: string;
  ticks: { at: string; label: string }[];
  opensAt?: string;
}) {
  const start = new Date(from).getTime();
  const span = new Date(to).getTime() - start;
  const percent = (instant: string) => Math.min(100, Math.max(0, ((new Date(instant).getTime() - start) / span) * 100));
  const box = useRef<HTMLElement>(null);
  useScrolledTo(box, opensAt === undefined ? undefined : percent(opensAt) / 100);
  return (
    <section ref={box} aria-label={title} style={{ overflowX: 'auto', maxWidth: '100%' }}>
      <div style={{ minWidth: 720 }}>
        <div style={{ display: 'flex', borderBottom: '1px solid #d9d9d9' }}>
          <Typography.Text strong style={{ width: LABEL_WIDTH, flex: 'none', ...STICKY_LABEL }}>
            {title}
          </Typography.Text>
          <div style={{ position: 'relative', flex: 1, height: 22 }}>
            {ticks.map((tick) => (
              <span
                key={tick.at}
                style={{ position: 'absolute', left: `${percent(tick.at)}%`, fontSize: 12, color: '#595959' }}
              >
                {tick.label}
              </span>
            ))}
          </div>
        </div>
        {rows.map((row) => (
          <div key={row.id} style={{ display: 'flex', borderBottom: '1px solid #f0f0f0', minHeight: 32 }}>
            <span style={{ width: LABEL_WIDTH, flex: 'none', display: 'flex', alignItems: 'center', ...STICKY_LABEL }}>
              {row.label}
            </span>
            <div style={{ position: 'relative', flex: 1 }}>
              {bars
                .filter((bar) => bar.rowId === row.id)
                .map((bar) => (
                  <div
                    key={bar.id}
                    title={`${bar.label}（${inTaipei(bar.start).format('MM/DD HH:mm')}–${inTaipei(bar.end).format('HH:mm')}）`}
                    style={{
                      position: 'absolute',
                      top: 4,
                      bottom: 4,
                      left: `${percent(bar.start)}%`,
                      width: `max(4px, ${percent(bar.end) - percent(bar.start)}%)`,
                      background: TONES[bar.tone],
                      color: '#fff',
                      borderRadius: 4,
                      fontSize: 12,
                      padding: '2px 4px',
                      overflow: 'hidden',
                      whiteSpace: 'nowrap',
                    }}
                  >
                    {bar.label}
                  </div>
                ))}
            </div>
          </div>
        ))}
      </div>
    </section>
  );
}
