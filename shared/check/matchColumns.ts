/**
 * Matching a row of headers to the fields of a kind of sheet. Each header is scored against
 * each field's synonyms; then the best pairs are taken first, so that "Hours to next tier"
 * goes to its own (computed) field before "hours" can claim it, and no column or field is
 * used twice.
 */
import type { FieldSynonyms } from './headerSynonyms';
import { headerWords, sameWord } from './headerText';
import type { ColumnMatch } from './types';

/** Scores below this are not a match: "Date" alone is not "Start date". */
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
  const h = headerWords(header);
  const s = headerWords(synonym);
  if (h.length === 0 || s.length === 0) return 0;
  if (h.join(' ') === s.join(' ')) return 1;
  if (h.join('') === s.join('')) return 0.95;
  return 0.9 * share(s, h) * (0.5 + 0.5 * share(h, s));
}

/**
 * A header's best score for a field, over all its synonyms.
 *
 * @example
 * fieldScore('Total hrs', { field: 'hours', synonyms: ['total hours', 'hrs'] }); // 0.675
 */
export function fieldScore(header: string, field: FieldSynonyms): number {
  return Math.max(0, ...field.synonyms.map((s) => synonymScore(header, s)));
}

/**
 * The columns of one header row that mean something, best matches first claimed. `left` is
 * the sheet column of the first header, so matches carry real sheet columns.
 *
 * @example
 * matchColumns(['Name', 'Hours to next tier', 'Total hours'], SHEET_FIELDS.coaches);
 * // [{ field: 'name', column: 0, … }, { field: 'hoursToNextTier', column: 1, … }, { field: 'hours', column: 2, … }]
 */
export function matchColumns(headers: readonly unknown[], fields: readonly FieldSynonyms[], left = 0): ColumnMatch[] {
  const pairs: { col: number; field: string; score: number }[] = [];
  headers.forEach((h, col) => {
    if (typeof h !== 'string' || h.trim() === '' || h.length > MAX_HEADER_LENGTH) return;
    for (const f of fields) {
      const score = fieldScore(h, f);
      if (score >= MIN_CONFIDENCE) pairs.push({ col, field: f.field, score });
    }
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
    matches.push({ field: p.field, column: left + p.col, header, confidence: Math.round(p.score * 100) / 100 });
  }
  return matches.sort((a, b) => a.column - b.column);
}
