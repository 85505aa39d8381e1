/**
 * What every chart is: a title, the picture, and the same facts in words for people who
 * cannot see it (the picture's accessible name, and a list the page can show or hide).
 */
import type { SvgNode } from './svgNode';

/**
 * One chart.
 *
 * @example
 * const c: Chart = { title: 'Coaches by tier', picture, facts: ['Tier 0: 1 coach', 'Tier 1: 3 coaches'] };
 */
export interface Chart {
  title: string;
  picture: SvgNode;
  /** The chart's content as sentences: its text alternative. */
  facts: string[];
}

/**
 * The text alternative as one sentence list, for an accessible name.
 *
 * @example
 * chartText({ title: 'Coaches by tier', facts: ['Tier 1: 3 coaches'] }); // 'Coaches by tier. Tier 1: 3 coaches.'
 */
export function chartText(chart: Pick<Chart, 'title' | 'facts'>): string {
  return [chart.title, ...chart.facts].map((s) => (s.endsWith('.') ? s : `${s}.`)).join(' ');
}

/** Sizes shared by the bar charts, in SVG units (the picture scales to its box). */
export const LAYOUT = { width: 320, row: 22, bar: 14, label: 92, gap: 6, font: 11 } as const;
