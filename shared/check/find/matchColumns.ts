/**
 * Matching a row of headers to the fields of a kind of sheet. Each header is scored against
 * each field's synonyms; then the best pairs are taken first, so that "Hours to next tier"
 * goes to its own (computed) field before "hours" can claim it, and no column or field is
 * used twice.
 */
import type { FieldSynonyms } from './headerSynonyms';
import { headerForms, headerWords, sameWord } from './headerText';
import type { ColumnMatch } from '../types';

/**
 * Scores below this are not a match: "Date" alone is not "Start date".
 *
 * @example
 * synonymScore('Date', 'start date') < MIN_CONFIDENCE; // true
 */
export const MIN_CONFIDENCE = 0.5;

/** Longer text is a sentence or a note, not a header. */
const MAX_HEADER_LENGTH = 80;

function share(words: readonly string[], among: readonly string[]): number {
  return words.filter((w) => among.some((x) => sameWord(w, x))).length / words.length;
}

/**
 * How well a header matches one synonym, from 0 to 1: 1 for the same words, 0.95 for the
 * same letters spaced differently ("Startdate"), otherwise up to 0.9 by shared words, where
 * missing synonym words cost more than extra header words.
 *
 * @example
 * synonymScore('Last CS', 'last cs');                   // 1
 * synonymScore('PCI training date', 'pci training');    // 0.75
 * synonymScore('Date', 'start date');                   // 0.45
 */
export function synonymScore(header: string, synonym: string): number {
  const h = headerForms(header);
  const s = headerForms(synonym);
  if (h.words.length === 0 || s.words.length === 0) return 0;
  if (h.spaced === s.spaced) return 1;
  if (h.compact === s.compact) return 0.95;
  const covered = share(s.words, h.words);
  return covered === 0 ? 0 : 0.9 * covered * (0.5 + 0.5 * share(h.words, s.words));
}

/**
 * A header's best score for a field, over all its synonyms.
 *
 * @example
 * fieldScore('Total hrs', { field: 'hours', synonyms: ['total hours', 'hrs'] }); // 0.675
 */
export function fieldScore(header: string, field: FieldSynonyms): number {
  let best = 0;
  for (const s of field.synonyms) best = Math.max(best, synonymScore(header, s));
  return best;
}

/** The words and run-together spellings of a field list's synonyms, built once per list. */
interface Vocabulary {
  words: string[];
  compact: Set<string>;
  /** The fields each header asked about matches, with their scores (bounded). */
  scores: Map<string, readonly { field: string; score: number }[]>;
}

const vocabularies = new WeakMap<readonly FieldSynonyms[], Vocabulary>();

function vocabulary(fields: readonly FieldSynonyms[]): Vocabulary {
  let v = vocabularies.get(fields);
  if (!v) {
    const synonyms = fields.flatMap((f) => f.synonyms);
    v = {
      words: [...new Set(synonyms.flatMap(headerWords))],
      compact: new Set(synonyms.map((s) => headerWords(s).join(''))),
      scores: new Map(),
    };
    vocabularies.set(fields, v);
  }
  return v;
}

/**
 * Whether a cell could match any synonym at all: it shares a word with one, or is one run
 * together. Most cells of a data row (names, dates, references) fail at once, which keeps
 * scanning the first rows of a long sheet cheap.
 */
function mayMatch(header: string, v: Vocabulary): boolean {
  const words = headerWords(header);
  return v.compact.has(words.join('')) || words.some((w) => v.words.some((x) => sameWord(w, x)));
}

/**
 * The fields a cell's text matches well enough, with their scores: worked out once per text,
 * since the first hundred rows of a sheet, each tried as its header, repeat the same words.
 */
function matchesOf(header: string, fields: readonly FieldSynonyms[]): readonly { field: string; score: number }[] {
  const v = vocabulary(fields);
  const known = v.scores.get(header);
  if (known !== undefined) return known;
  const found: { field: string; score: number }[] = [];
  for (const f of mayMatch(header, v) ? fields : []) {
    const score = fieldScore(header, f);
    if (score >= MIN_CONFIDENCE) found.push({ field: f.field, score });
  }
  if (v.scores.size > 5000) v.scores.clear();
  v.scores.set(header, found);
  return found;
}

/**
 * The columns of one header row that mean something, best matches first claimed. `left` is
 * the sheet column of the first header, so matches carry real sheet columns.
 *
 * @example
 * matchColumns(['Name', 'Hours to next tier', 'Total hours'], SHEET_FIELDS.coaches);
 * // [{ field: 'name', column: 0, … }, { field: 'hoursToNextTier', column: 1, … }, { field: 'hours', column: 2, … }]
 */
export function matchColumns(
  headers: readonly unknown[],
  fields: readonly FieldSynonyms[],
  left: number | ((index: number) => number) = 0,
): ColumnMatch[] {
  const sheetColumn = typeof left === 'number' ? (i: number) => left + i : left;
  const pairs: { col: number; field: string; score: number }[] = [];
  headers.forEach((h, col) => {
    if (typeof h !== 'string' || h.trim() === '' || h.length > MAX_HEADER_LENGTH) return;
    for (const m of matchesOf(h, fields)) pairs.push({ col, field: m.field, score: m.score });
  });
  // Best score first; on a tie the leftmost column, then the field listed first.
  pairs.sort((a, b) => b.score - a.score || a.col - b.col);
  const usedCols = new Set<number>();
  const usedFields = new Set<string>();
  const matches: ColumnMatch[] = [];
  for (const p of pairs) {
    if (usedCols.has(p.col) || usedFields.has(p.field)) continue;
    usedCols.add(p.col);
    usedFields.add(p.field);
    const header = String(headers[p.col]).trim();
    matches.push({ field: p.field, column: sheetColumn(p.col), header, confidence: Math.round(p.score * 100) / 100 });
  }
  return matches.sort((a, b) => a.column - b.column);
}
