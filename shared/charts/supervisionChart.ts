/**
 * Supervision status by type: for line management, clinical and health coaching supervision a
 * bar split into OK, due soon, overdue and not known, each part with its count written in, so
 * the colours are never the only way to tell them apart.
 */
import type { CoachSummary } from '../check/types';
import { SUPERVISION_NOUN } from '../check/messages';
import { supervisionByType, type StatusCount } from '../team/teamTotals';
import { chartText, LAYOUT, type Chart } from './chart';
import { svg, type SvgNode } from './svgNode';

const PARTS: readonly { key: keyof Omit<StatusCount, 'type'>; label: string; style: string }[] = [
  { key: 'ok', label: 'OK', style: 'good' },
  { key: 'dueSoon', label: 'Due soon', style: 'warn' },
  { key: 'overdue', label: 'Overdue', style: 'bad' },
  { key: 'unknown', label: 'Not known', style: 'none' },
];
const SHORT = { line: 'Line', clinical: 'Clinical', coaching: 'Coaching' } as const;

function bar(s: StatusCount, y: number): SvgNode {
  const total = Math.max(
    1,
    PARTS.reduce((n, p) => n + s[p.key], 0),
  );
  const room = LAYOUT.width - LAYOUT.label;
  let x = LAYOUT.label;
  const parts = PARTS.filter((p) => s[p.key] > 0).map((p) => {
    const width = Math.max(14, Math.round((s[p.key] / total) * room));
    const part = svg(
      'g',
      {},
      svg('rect', { x, y, width, height: LAYOUT.bar, class: `hwbc-bar hwbc-bar-${p.style}` }),
      svg(
        'text',
        { x: x + 3, y: y + LAYOUT.bar - 3, class: `hwbc-bar-count hwbc-bar-count-${p.style}` },
        String(s[p.key]),
      ),
    );
    x += width;
    return part;
  });
  return svg(
    'g',
    { class: 'hwbc-chart-row' },
    svg('text', { x: 0, y: y + LAYOUT.bar - 2, class: 'hwbc-chart-label' }, SHORT[s.type]),
    ...parts,
  );
}

/**
 * The supervision chart for a set of coaches.
 *
 * @example
 * supervisionChart(result.coaches).facts[1]; // 'Clinical supervision: 3 OK, 1 due soon, 2 overdue, 0 not known'
 */
export function supervisionChart(coaches: readonly Pick<CoachSummary, 'supervision'>[]): Chart {
  const counts = supervisionByType(coaches);
  const facts = counts.map(
    (s) =>
      `${SUPERVISION_NOUN[s.type]}: ${PARTS.map((p) => `${s[p.key]} ${p.label === 'OK' ? 'OK' : p.label.toLowerCase()}`).join(', ')}`,
  );
  const title = 'Supervision status by type';
  const legendY = counts.length * LAYOUT.row + 4;
  const legend = PARTS.map((p, i) =>
    svg(
      'g',
      {},
      svg('rect', { x: i * 78, y: legendY, width: 10, height: 10, class: `hwbc-bar hwbc-bar-${p.style}` }),
      svg('text', { x: i * 78 + 14, y: legendY + 9, class: 'hwbc-chart-label' }, p.label),
    ),
  );
  const picture = svg(
    'svg',
    {
      viewBox: `0 0 ${LAYOUT.width} ${legendY + 14}`,
      role: 'img',
      'aria-label': chartText({ title, facts }),
      class: 'hwbc-chart',
      'font-size': LAYOUT.font,
    },
    svg('title', {}, title),
    ...counts.map((s, i) => bar(s, i * LAYOUT.row)),
    ...legend,
  );
  return { title, picture, facts };
}
