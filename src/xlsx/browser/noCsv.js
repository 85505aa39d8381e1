// exceljs's CSV reader and writer (lib/csv/csv.js), as the browser build has it: absent. The
// task pane and the demo page only write .xlsx files, and the real one brings fast-csv, dayjs
// and a dozen lodash packages (with `Function("return this")` fallbacks) for nothing.
// webpack/shared/exceljsInBrowser.js puts this file in its place.
'use strict';

module.exports = class CSV {
  constructor() {
    throw new Error('Reading and writing CSV files is not part of the HWBC panel; use the hwbc command line.');
  }
};
