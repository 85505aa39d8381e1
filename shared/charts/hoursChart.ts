/**
 * NHS coaching hours per month per coach: a row of small bars for each coach, one bar a month
 * on a scale shared by every coach, with the month under the first row. The figures are the
 * monthly summary's, so the chart and the table beside it always agree.
 */
import type { MonthlyFigures } from '../check/types';
import { chartText, LAYOUT, type Chart } from './chart';
import { svg, type SvgNode } from './svgNode';

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const monthName = (m: string) => `${MONTH_NAMES[Number(m.slice(5, 7)) - 1]} ${m.slice(0, 4)}`;
const hours = (n: number) => `${n} ${n === 1 ? 'hour' : 'hours'}`;
const ROW = 30;

/**
 * The hours chart for a PCN's monthly figures (each coach once, by name and ID).
 *
 * @example
 * hoursChart(result.monthly).facts; // ['Sam Jones: Feb 2026 4 hours, Mar 2026 6.5 hours', …]
 */
export function hoursChart(monthly: readonly Pick<MonthlyFigures, 'month' | 'coach' | 'id' | 'nhsHours'>[]): Chart {
  const months = [...new Set(monthly.map((m) => m.month))].sort();
  const coaches = new Map<string, { name: string; byMonth: Map<string, number> }>();
  for (const m of monthly) {
    const key = `${m.coach}\u0000${m.id ?? ''}`;
    const c = coaches.get(key) ?? { name: m.coach, byMonth: new Map<string, number>() };
    c.byMonth.set(m.month, Math.round(((c.byMonth.get(m.month) ?? 0) + m.nhsHours) * 100) / 100);
    coaches.set(key, c);
  }
  const most = Math.max(1, ...monthly.map((m) => m.nhsHours));
  const step = months.length === 0 ? 0 : (LAYOUT.width - LAYOUT.label) / months.length;
  const facts = [...coaches.values()].map(
    (c) => `${c.name}: ${months.map((m) => `${monthName(m)} ${hours(c.byMonth.get(m) ?? 0)}`).join(', ')}`,
  );
  const rows: SvgNode[] = [...coaches.values()].map((c, i) => {
    const y = i * ROW;
    const bars = months.map((m, j) => {
      const h = Math.round(((c.byMonth.get(m) ?? 0) / most) * (ROW - 8));
      return svg('rect', {
        x: Math.round(LAYOUT.label + j * step + 1),
        y: y + ROW - 4 - h,
        width: Math.max(2, Math.round(step - 2)),
        height: h,
        class: 'hwbc-bar hwbc-bar-hours',
      });
    });
    return svg(
      'g',
      { class: 'hwbc-chart-row' },
      svg('text', { x: 0, y: y + ROW - 8, class: 'hwbc-chart-label' }, c.name.slice(0, 16)),
      svg('line', { x1: LAYOUT.label, x2: LAYOUT.width, y1: y + ROW - 4, y2: y + ROW - 4, class: 'hwbc-axis' }),
      ...bars,
    );
  });
  const axis = months.map((m, j) =>
    svg(
      'text',
      { x: Math.round(LAYOUT.label + j * step), y: coaches.size * ROW + 12, class: 'hwbc-chart-value', 'font-size': 8 },
      m.slice(5, 7),
    ),
  );
  const title = `NHS coaching hours per month per coach${months.length ? ` (${monthName(months[0])} to ${monthName(months[months.length - 1])}, tallest bar ${hours(most)})` : ''}`;
  const height = coaches.size * ROW + 16;
  const picture = svg(
    'svg',
    {
      viewBox: `0 0 ${LAYOUT.width} ${height}`,
      role: 'img',
      'aria-label': chartText({ title, facts }),
      class: 'hwbc-chart',
      'font-size': LAYOUT.font,
    },
    svg('title', {}, title),
    ...rows,
    ...axis,
  );
  return { title, picture, facts };
}
