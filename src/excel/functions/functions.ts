/// <reference types="custom-functions-runtime" />
/**
 * Entry point of functions.js: the HWBC custom functions. Loaded by the shared runtime page
 * (taskpane.html) and named in the manifest's CustomFunctions extension point.
 */
import { excelRun } from './excelContext';
import { functionsContext } from './functionsContext';
import { registerFunctions } from './registerFunctions';

// `CustomFunctions` is office.js's global. It is passed whole, not destructured: Excel fills
// in `Error` and `ErrorCode` after this script runs, and they are read only when a cell
// recalculates.
registerFunctions(CustomFunctions, functionsContext(excelRun, Office.onReady()));
