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

/** Every stored property by key, as `getProperties` gives them. */
type Stored = Record<string, string>;

/**
 * A setting from the stored properties, or undefined when it was never set.
 *
 * @example
 * readSetting(PropertiesService.getDocumentProperties().getProperties(), 'mappings'); // [{ sheet: 'Team', … }]
 */
export function readSetting(all: Stored, key: string): unknown {
  const stored = all[PREFIX + key];
  if (stored === undefined || stored === null) return undefined;
  const split = SPLIT.exec(stored);
  if (!split) return JSON.parse(stored);
  let text = '';
  for (let i = 0; i < Number(split[1]); i++) text += all[`${PREFIX}${key}#${i}`] ?? '';
  return JSON.parse(text);
}

/**
 * Stores a setting as JSON in one call (undefined removes it); returns the properties written.
 *
 * @example
 * writeSetting(PropertiesService.getDocumentProperties(), 'mappings', mappings);
 */
export function writeSetting(properties: Properties, key: string, value: unknown): Stored {
  if (value === undefined) {
    properties.deleteProperty(PREFIX + key);
    return {};
  }
  // ASCII only (other characters as \u escapes, still valid JSON): 8,000 characters are then
  // 8,000 bytes, under the 9 kB a property holds, and a split never cuts a character in two.
  const text = JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  if (text.length <= CHUNK) {
    properties.setProperty(PREFIX + key, text);
    return { [PREFIX + key]: text };
  }
  const parts: Record<string, string> = {};
  let n = 0;
  for (let at = 0; at < text.length; at += CHUNK, n++) parts[`${PREFIX}${key}#${n}`] = text.slice(at, at + CHUNK);
  parts[PREFIX + key] = `split:${n}`;
  properties.setProperties(parts);
  return parts;
}

/** The add-on's settings in one spreadsheet: read with one call, kept as they are written. */
export interface SettingsStore {
  read(key: string): unknown;
  write(key: string, value: unknown): void;
}

/**
 * The settings of a document's properties, all read with one `getProperties` the first time
 * one is wanted, and kept up to date as settings are written.
 *
 * @example
 * const settings = settingsStore(PropertiesService.getDocumentProperties());
 * settings.read('mappings');
 */
export function settingsStore(properties: Properties): SettingsStore {
  let all: Stored | null = null;
  const stored = () => (all ??= { ...properties.getProperties() });
  return {
    read: (key) => readSetting(stored(), key),
    write(key, value) {
      const now = stored();
      if (value === undefined) delete now[PREFIX + key];
      Object.assign(now, writeSetting(properties, key, value));
    },
  };
}
