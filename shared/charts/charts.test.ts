import { DOMParser } from '@xmldom/xmldom';
import type { CoachSummary } from '../check/types';
import { chartText } from './chart';
import { supervisionChart } from './supervisionChart';
import { svg, svgMarkup } from './svgNode';
import { tierChart } from './tierChart';

type Status = CoachSummary['supervision'][number]['status'];
const coach = (tier: number | null, line: Status, clinical: Status, coaching: Status) => ({
  tier,
  supervision: [
    { type: 'line' as const, due: null, status: line },
    { type: 'clinical' as const, due: null, status: clinical },
    { type: 'coaching' as const, due: null, status: coaching },
  ],
});
const TEAM = [
  coach(1, 'OK', 'Overdue', 'OK'),
  coach(1, 'Due soon', 'OK', 'OK'),
  coach(3, 'Overdue', 'OK', null),
  coach(null, 'OK', 'Due soon', 'Overdue'),
];
const parse = (markup: string) => new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement;

describe('charts', () => {
  it('counts coaches by tier, says so in words, and draws bars in proportion', () => {
    const chart = tierChart(TEAM);
    expect(chart.facts).toEqual([
      'Tier 0: 0 coaches',
      'Tier 1: 2 coaches',
      'Tier 2: 0 coaches',
      'Tier 3: 1 coach',
      'Tier 4: 0 coaches',
      'Tier not known: 1 coach',
    ]);
    const root = parse(svgMarkup(chart.picture));
    expect(root?.getAttribute('role')).toBe('img');
    expect(root?.getAttribute('aria-label')).toBe(chartText(chart));
    const widths = Array.from(root?.getElementsByTagName('rect') ?? []).map((r) => Number(r.getAttribute('width')));
    expect(widths).toHaveLength(6);
    expect(widths[1]).toBeGreaterThan(0);
    expect(widths[1]).toBe(2 * widths[3]);
    expect(widths[0]).toBe(0);
  });

  it('splits each type of supervision by status, with counts written on the bars', () => {
    const chart = supervisionChart(TEAM);
    expect(chart.facts).toEqual([
      'Line management: 2 OK, 1 due soon, 1 overdue, 0 not known',
      'Clinical supervision: 2 OK, 1 due soon, 1 overdue, 0 not known',
      'Health coaching supervision: 2 OK, 0 due soon, 1 overdue, 1 not known',
    ]);
    const root = parse(svgMarkup(chart.picture));
    const texts = Array.from(root?.getElementsByTagName('text') ?? []).map((t) => t.textContent);
    expect(texts).toEqual(
      expect.arrayContaining(['Line', 'Clinical', 'Coaching', 'OK', 'Due soon', 'Overdue', 'Not known']),
    );
    expect(chartText(chart)).toMatch(/^Supervision status by type\. Line management: 2 OK/);
  });

  it('escapes what a workbook wrote, so a name can never become markup', () => {
    expect(svgMarkup(svg('text', { 'aria-label': '"x" <y>' }, 'A & <b>'))).toBe(
      '<text aria-label="&quot;x&quot; &lt;y&gt;">A &amp; &lt;b&gt;</text>',
    );
    expect(tierChart([]).facts.every((f) => f.endsWith(': 0 coaches'))).toBe(true);
  });
});
