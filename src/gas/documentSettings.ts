/**
 * The add-on's settings kept in the spreadsheet itself: Apps Script document properties,
 * which need no OAuth scope beyond the two the add-on has and which travel with the file.
 * Values are JSON. A property holds at most 9 kB, and a confirmed column mapping can be
 * larger, so long values are split over numbered properties written in one call.
 */

type Properties = GoogleAppsScript.Properties.Properties;

const PREFIX = 'hwbc.';
const CHUNK = 8000;
// JSON text never starts with a letter other than t, f or n, so this marker cannot be a value.
const SPLIT = /^split:(\d+)$/;

/**
 * A setting, or undefined when it was never set.
 *
 * @example
 * readSetting(PropertiesService.getDocumentProperties(), 'mappings'); // [{ sheet: 'Team', … }]
 */
export function readSetting(properties: Properties, key: string): unknown {
  const stored = properties.getProperty(PREFIX + key);
  if (stored === null) return undefined;
  const split = SPLIT.exec(stored);
  if (!split) return JSON.parse(stored);
  const all = properties.getProperties();
  let text = '';
  for (let i = 0; i < Number(split[1]); i++) text += all[`${PREFIX}${key}#${i}`] ?? '';
  return JSON.parse(text);
}

/**
 * Stores a setting as JSON in one call (undefined removes it).
 *
 * @example
 * writeSetting(PropertiesService.getDocumentProperties(), 'mappings', mappings);
 */
export function writeSetting(properties: Properties, key: string, value: unknown): void {
  if (value === undefined) {
    properties.deleteProperty(PREFIX + key);
    return;
  }
  // ASCII only (other characters as \u escapes, still valid JSON): 8,000 characters are then
  // 8,000 bytes, under the 9 kB a property holds, and a split never cuts a character in two.
  const text = JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  if (text.length <= CHUNK) {
    properties.setProperty(PREFIX + key, text);
    return;
  }
  const parts: Record<string, string> = {};
  let n = 0;
  for (let at = 0; at < text.length; at += CHUNK, n++) parts[`${PREFIX}${key}#${n}`] = text.slice(at, at + CHUNK);
  parts[PREFIX + key] = `split:${n}`;
  properties.setProperties(parts);
}
