/**
 * Coaches by tier as horizontal bars, Tier 0 to 4 (and "not known"), each with its count.
 */
import type { CoachSummary } from '../check/types';
import { coachesByTier } from '../team/teamTotals';
import { chartText, LAYOUT, type Chart } from './chart';
import { svg } from './svgNode';

const coaches = (n: number) => `${n} ${n === 1 ? 'coach' : 'coaches'}`;

/**
 * The tier chart for a set of coaches.
 *
 * @example
 * tierChart(result.coaches).facts; // ['Tier 0: 1 coach', 'Tier 1: 3 coaches', …]
 */
export function tierChart(list: readonly Pick<CoachSummary, 'tier'>[]): Chart {
  const tiers = coachesByTier(list);
  const most = Math.max(1, ...tiers.map((t) => t.coaches));
  const room = LAYOUT.width - LAYOUT.label - 40;
  const facts = tiers.map((t) => `${t.tier === null ? 'Tier not known' : `Tier ${t.tier}`}: ${coaches(t.coaches)}`);
  const rows = tiers.map((t, i) => {
    const y = i * LAYOUT.row;
    const width = Math.round((t.coaches / most) * room);
    return svg(
      'g',
      { class: 'hwbc-chart-row' },
      svg(
        'text',
        { x: 0, y: y + LAYOUT.bar - 2, class: 'hwbc-chart-label' },
        t.tier === null ? 'Not known' : `Tier ${t.tier}`,
      ),
      svg('rect', { x: LAYOUT.label, y, width, height: LAYOUT.bar, class: 'hwbc-bar hwbc-bar-tier' }),
      svg('text', { x: LAYOUT.label + width + 4, y: y + LAYOUT.bar - 2, class: 'hwbc-chart-value' }, String(t.coaches)),
    );
  });
  const title = 'Coaches by tier';
  const height = tiers.length * LAYOUT.row;
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
  );
  return { title, picture, facts };
}
