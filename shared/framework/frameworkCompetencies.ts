// The competency framework built when first asked for, once. Custom functions load with the
// framework in their script (HWBC_COMPETENCIES lists it) but almost never use it: building its
// 90 entries at load, and compiling the code that builds them, delayed every workbook's first
// answer (Excel compiles functions.js, and Apps Script loads Code.js, before any function runs).
// Inside a function the statements are only skimmed at load; they are compiled and built the
// first time a table, template or check needs them.

import type { Competency } from './competencyTypes';
import { professionalCompetencies } from './competencies/professional';
import { communicationCompetencies } from './competencies/communication';
import { modelsCompetencies } from './competencies/models';
import { groupWorkCompetencies } from './competencies/groupWork';
import { additionalCompetencies } from './competencies/additional';
import { supervisorStandards } from './competencies/supervisor';
import { generalCapabilities } from './competencies/general';

let built: readonly Competency[] | undefined;

/**
 * Every competency, area by area (PRO 10, COM 10, MOD 12, GRP 6, ADD 28, SUP 8, GEN 16 = 90),
 * each area in the order the framework lists it. Built on the first call; every later call
 * returns the same array, so the whole add-in shares one set of entries.
 *
 * @example
 * frameworkCompetencies().filter((c) => c.area === 'MOD').length; // 12
 * frameworkCompetencies() === frameworkCompetencies(); // true
 */
export function frameworkCompetencies(): readonly Competency[] {
  built ??= [
    ...professionalCompetencies(),
    ...communicationCompetencies(),
    ...modelsCompetencies(),
    ...groupWorkCompetencies(),
    ...additionalCompetencies(),
    ...supervisorStandards(),
    ...generalCapabilities(),
  ];
  return built;
}
