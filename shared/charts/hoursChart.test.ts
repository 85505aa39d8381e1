import { hoursChart } from './hoursChart';
import { svgMarkup } from './svgNode';

const month = (coach: string, m: string, nhsHours: number) => ({ coach, id: coach[0], month: m, nhsHours });

describe('hoursChart', () => {
  it('gives each coach a row of monthly bars and says every figure in words', () => {
    const chart = hoursChart([month('Sam', '2026-02', 4), month('Sam', '2026-03', 6.5), month('Ali', '2026-03', 1)]);
    expect(chart.facts).toEqual([
      'Sam: Feb 2026 4 hours, Mar 2026 6.5 hours',
      'Ali: Feb 2026 0 hours, Mar 2026 1 hour',
    ]);
    expect(chart.title).toMatch(/Feb 2026 to Mar 2026, tallest bar 6.5 hours/);
    const bars = svgMarkup(chart.picture).match(/hwbc-bar-hours/g) ?? [];
    expect(bars).toHaveLength(4);
  });

  it('draws the tallest month as the tallest bar', () => {
    const chart = hoursChart([month('Sam', '2026-02', 2), month('Sam', '2026-03', 8)]);
    const heights = [...svgMarkup(chart.picture).matchAll(/height="(\d+)" class="hwbc-bar/g)].map((m) => Number(m[1]));
    expect(heights[1]).toBeGreaterThan(heights[0]);
    expect(heights[1]).toBe(22);
  });

  it('has no bars and says so when there are no figures', () => {
    expect(hoursChart([]).facts).toEqual([]);
  });
});
