/**
 * The shared charts (shared/charts) as page elements: the SVG built node by node (never as
 * markup), under a caption, its facts in words as the picture's accessible name.
 */
import type { Chart } from '../../shared/charts/chart';
import type { SvgNode } from '../../shared/charts/svgNode';
import { el } from '../dom';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * An SVG node as a DOM element.
 *
 * @example
 * svgElement(tierChart(coaches).picture); // <svg role="img" aria-label="Coaches by tier. …">
 */
export function svgElement(node: SvgNode): SVGElement {
  const element = document.createElementNS(SVG_NS, node.tag);
  for (const [name, value] of Object.entries(node.attrs)) element.setAttribute(name, String(value));
  for (const child of node.children)
    element.appendChild(typeof child === 'string' ? document.createTextNode(child) : svgElement(child));
  return element;
}

/**
 * A chart as a figure with its caption.
 *
 * @example
 * chartFigure(tierChart(result.coaches)); // <figure class="hwbc-figure">…</figure>
 */
export function chartFigure(chart: Chart): HTMLElement {
  const figure = el('figure', { class: 'hwbc-figure' }, el('figcaption', {}, chart.title));
  figure.appendChild(svgElement(chart.picture));
  return figure;
}
