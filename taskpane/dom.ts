/**
 * Small DOM helpers. Every piece of text goes in through textContent, never innerHTML: a coach
 * called "<img src=x onerror=…>" must show as those characters, so user text is always data.
 */

/** Attributes for `el`: plain strings (aria-*, id, type…) or booleans for presence. */
export type Attrs = Record<string, string | boolean | undefined>;

/** A child: an element, or text (set as a text node, never parsed). */
export type Child = Node | string | null | undefined | false;

/**
 * Creates an element with attributes and children; strings become text nodes.
 *
 * @example
 * el('button', { type: 'button', class: 'primary' }, 'Create'); // <button …>Create</button>
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : value);
  }
  append(node, ...children);
  return node;
}

/**
 * Appends children; strings are added as text nodes.
 *
 * @example
 * append(list, el('li', {}, name));
 */
export function append(parent: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
  }
}

/**
 * Replaces all children of `parent`.
 *
 * @example
 * replaceChildren(results, el('p', {}, 'Nothing to show yet.'));
 */
export function replaceChildren(parent: Node, ...children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, ...children);
}

let nextId = 0;

/**
 * A page-unique id for linking labels, hints and messages (aria-describedby).
 *
 * @example
 * uniqueId('hire-name'); // 'hire-name-3'
 */
export function uniqueId(prefix: string): string {
  nextId += 1;
  return `${prefix}-${nextId}`;
}

/**
 * The message of anything thrown, in the words it was thrown with.
 *
 * @example
 * errorText(new Error('Templates are not built yet.')); // 'Templates are not built yet.'
 */
export function errorText(e: unknown): string {
  if (e instanceof Error) return e.message;
  if (typeof e === 'string') return e;
  if (e && typeof e === 'object' && 'message' in e) return String((e as { message: unknown }).message);
  return 'Something went wrong.';
}
