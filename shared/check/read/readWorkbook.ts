/**
 * Reading every mapped sheet into what the rules need (CheckData): the Settings sheet
 * first (as-of date, policy), then coaches, then each log against those coaches, then
 * filling coaches in from the logs. Bad values become findings on the way.
 */
import type { IsoDate } from '../../values/dates/calendarDate';
import type { ReadContext } from '../../values/context';
import type { SheetData } from '../../workbook';
import { formulaRowFindings, monthlySummaryRowFindings } from '../findings/formulaRowFindings';
import { rowsReadFindings } from '../findings/rowsReadFindings';
import { CellReader } from './cellReader';
import { CoachIndex } from './coachIndex';
import { MappedRows, mappedRows } from './rows/mappedRows';
import { mergeLogs } from './mergeLogs';
import type { CheckData } from './model';
import { readCaseload } from './readCaseload';
import { readCoaches } from './readCoaches';
import { readCpdLog } from './readCpdLog';
import { readEvidence } from './readEvidence';
import { readHoursLog } from './readHoursLog';
import { readSettings } from './readSettings';
import { readSupervisionLog } from './readSupervisionLog';
import { readTraining } from './readTraining';
import { SETTINGS_SHEET_NAME, typeFromSheetName } from '../find/sheetKinds';
import type { SheetKind, SheetMapping } from '../types';

const LAST_COLUMNS = { lastLine: 'line', lastClinical: 'clinical', lastCoaching: 'coaching' } as const;

function supervisionSources(mapping: SheetMapping): string[] {
  const fields = mapping.columns.map((c) => c.field);
  if (mapping.kind === 'coaches') {
    return fields.flatMap((f) => (f in LAST_COLUMNS ? [LAST_COLUMNS[f as keyof typeof LAST_COLUMNS]] : []));
  }
  if (mapping.kind !== 'supervisionLog') return [];
  const byName = typeFromSheetName(mapping.sheet);
  return fields.includes('type') ? ['line', 'clinical', 'coaching'] : byName ? [byName] : [];
}

/**
 * Everything the rules need from the sheets, as of the given date (else the Settings
 * sheet's, else today).
 *
 * @example
 * readWorkbook(sheets, mappings, readContext('2026-03-20')).coaches.length; // 4
 */
export function readWorkbook(
  sheets: readonly SheetData[],
  mappings: readonly SheetMapping[],
  ctx: ReadContext,
  asOfGiven?: IsoDate,
): CheckData {
  const reader = new CellReader(ctx);
  const findings = reader.findings;
  const settings = readSettings(
    sheets.find((s) => s.name.trim().toLowerCase() === SETTINGS_SHEET_NAME),
    reader,
  );
  const asOf = asOfGiven ?? settings.asOf ?? ctx.today;
  const sources = new Set<string>();
  const byName = new Map(sheets.map((s) => [s.name, s]));
  const mapped = mappings.flatMap((m) => {
    const data = byName.get(m.sheet);
    if (!data) return [];
    sources.add(m.kind);
    for (const c of m.columns) sources.add(`${m.kind}.${c.field}`);
    for (const t of supervisionSources(m)) sources.add(`supervision.${t}`);
    return [{ mapping: m, rows: mappedRows(data, m) }];
  });
  // A kind kept on one sheet (the usual case) is read from that sheet's rows, not a copy.
  const rowsOf = (kind: SheetKind): MappedRows => {
    const parts = mapped.filter((m) => m.mapping.kind === kind);
    return MappedRows.joined(parts.map((m) => m.rows));
  };
  const coachSheets = mapped
    .filter((m) => m.mapping.kind === 'coaches')
    .map((m) => ({ rows: m.rows, fields: m.mapping.columns.map((c) => c.field) }));
  const coaches = readCoaches(coachSheets, reader, asOf, findings);
  const index = new CoachIndex(coaches, coaches.length === 0);
  // Rows past a template sheet's formulas: the check counts them, the sheet's own working does not.
  for (const f of formulaRowFindings(mapped, sheets)) findings.push(f);
  const onCoachesSheet = coaches.filter((c) => c.at.sheet === 'Coaches').length;
  for (const f of monthlySummaryRowFindings(sheets, onCoachesSheet)) findings.push(f);
  for (const f of rowsReadFindings(sheets)) findings.push(f);
  const data: CheckData = {
    asOf,
    ctx,
    policy: settings.policy,
    coaches,
    index,
    sessions: readHoursLog(rowsOf('hoursLog'), reader, index, findings),
    supervision: readSupervisionLog(rowsOf('supervisionLog'), reader, index, findings, asOf),
    caseload: readCaseload(rowsOf('caseload'), reader, index, findings),
    evidence: readEvidence(rowsOf('evidenceLog'), reader, index, findings),
    training: readTraining(rowsOf('training'), reader, index, findings, asOf, settings.development),
    cpd: readCpdLog(rowsOf('cpdLog'), reader, index, findings),
    development: settings.development,
    logRows: mapped
      .filter((m) => m.mapping.kind !== 'coaches')
      .map((m) => ({ kind: m.mapping.kind as SheetKind, rows: m.rows })),
    sources,
    findings,
  };
  // Rows naming a coach otherwise than by ID, which the template's formulas leave out.
  for (const f of index.writtenOtherwise.findings()) findings.push(f);
  mergeLogs(data);
  return data;
}
