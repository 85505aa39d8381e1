/**
 * A picture as plain data: SVG elements with their attributes and children, made by the chart
 * functions here and turned into markup (svgMarkup) or, in a page, DOM nodes. No charting
 * library and nothing fetched: the same few rectangles and labels wherever they are shown.
 */

/**
 * One SVG element.
 *
 * @example
 * const bar: SvgNode = { tag: 'rect', attrs: { x: 0, y: 0, width: 40, height: 12, class: 'hwbc-bar' }, children: [] };
 */
export interface SvgNode {
  tag: 'svg' | 'g' | 'rect' | 'text' | 'title' | 'line';
  attrs: Readonly<Record<string, string | number>>;
  children: readonly (SvgNode | string)[];
}

/**
 * An element, for building trees tersely.
 *
 * @example
 * svg('text', { x: 4, y: 12 }, 'Tier 1'); // { tag: 'text', attrs: { x: 4, y: 12 }, children: ['Tier 1'] }
 */
export function svg(tag: SvgNode['tag'], attrs: SvgNode['attrs'], ...children: (SvgNode | string)[]): SvgNode {
  return { tag, attrs, children };
}

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The node as SVG markup, every text and attribute escaped (names and labels come from users'
 * workbooks).
 *
 * @example
 * svgMarkup(svg('text', { x: 0 }, 'A & B')); // '<text x="0">A &amp; B</text>'
 */
export function svgMarkup(node: SvgNode): string {
  const attrs = Object.entries(node.attrs)
    .map(([k, v]) => ` ${k}="${escape(String(v))}"`)
    .join('');
  const xmlns = node.tag === 'svg' ? ' xmlns="http://www.w3.org/2000/svg"' : '';
  const inner = node.children.map((c) => (typeof c === 'string' ? escape(c) : svgMarkup(c))).join('');
  return `<${node.tag}${xmlns}${attrs}>${inner}</${node.tag}>`;
}
