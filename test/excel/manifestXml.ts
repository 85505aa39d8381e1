/**
 * Small helpers for reading an add-in manifest with @xmldom/xmldom in the manifest tests.
 */
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';

export const BT = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0';

/** Parses XML, failing on any well-formedness error or warning. */
export function parseXml(text: string): Document {
  return new DOMParser({
    onError: (level, message) => {
      throw new Error(`manifest.xml is not well-formed XML (${level}): ${message}`);
    },
  }).parseFromString(text, 'text/xml');
}

export const children = (e: Element): Element[] =>
  Array.from(e.childNodes).filter((n): n is Element => n.nodeType === 1);
export const all = (doc: Document): Element[] => Array.from(doc.getElementsByTagName('*'));
export const child = (e: Element, name: string): Element => {
  const found = children(e).find((c) => c.localName === name);
  if (!found) throw new Error(`<${e.localName}> has no <${name}>`);
  return found;
};
export const path_ = (doc: Document, ...names: string[]): Element =>
  names.reduce((e, name) => child(e, name), doc.documentElement as Element);

/** Resources by id, with the kind of resource each is. */
export function resources(doc: Document): Map<string, { kind: string; value: string }> {
  const map = new Map<string, { kind: string; value: string }>();
  const res = path_(doc, 'VersionOverrides', 'Resources');
  for (const group of children(res)) {
    for (const item of children(group)) {
      const id = item.getAttribute('id') ?? '';
      if (map.has(id)) throw new Error(`Resource id "${id}" is defined twice`);
      map.set(id, { kind: group.localName ?? '', value: item.getAttribute('DefaultValue') ?? '' });
    }
  }
  return map;
}

/** Every URL in a manifest: attribute values and text that look like web addresses. */
export function urls(doc: Document): string[] {
  const found: string[] = [];
  for (const e of all(doc)) {
    for (const a of Array.from(e.attributes)) if (/^[a-z]+:\/\//i.test(a.value)) found.push(a.value);
    for (const n of Array.from(e.childNodes)) {
      if (n.nodeType === 3 && /^\s*[a-z]+:\/\//i.test(n.nodeValue ?? '')) found.push((n.nodeValue ?? '').trim());
    }
  }
  return found;
}

/** Problems with the order of an element's children against the schema's order (none: []). */
export function inSchemaOrder(e: Element, order: string[]): string[] {
  const names = children(e).map((c) => c.localName ?? '');
  const unknown = names.filter((n) => !order.includes(n));
  if (unknown.length > 0) return [`unexpected <${unknown.join('>, <')}> in <${e.localName}>`];
  const positions = names.map((n) => order.indexOf(n));
  return positions.every((p, i) => i === 0 || positions[i - 1] <= p) ? [] : [`<${e.localName}>: ${names.join(', ')}`];
}
