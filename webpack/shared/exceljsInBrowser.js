// exceljs in the browser (the Excel task pane and the demo page build a new hire's own .xlsx
// workbook there). exceljs's own browser build (dist/exceljs.min.js, which webpack would pick
// from its package.json "browser" field) carries the setimmediate polyfill, whose
// `new Function("" + callback)` the pages' Content-Security-Policy forbids and the bundle
// safety test refuses, plus lodash's `Function("return this")` fallbacks. So exceljs is built
// here from its own CommonJS sources instead, with:
// - the few Node built-ins it needs in a browser taken from their npm ports (buffer, events,
//   readable-stream), and the ones only its file and stream paths use (fs, stream, crypto…)
//   left empty: the pane only ever writes a workbook to bytes;
// - `process` and `setImmediate` from src/xlsx/browser/, small and free of code generation;
// - no CSV support (src/xlsx/browser/noCsv.js), which would bring fast-csv and lodash.
// Everything exceljs pulls in stays in the chunk the pane loads when the user asks for the
// workbook (a dynamic import()), so functions.js, taskpane.js and demo.js do not grow.
'use strict';
const path = require('path');
const { NormalModuleReplacementPlugin, ProvidePlugin } = require('webpack');

const root = path.resolve(__dirname, '../..');
const nodeModules = path.join(root, 'node_modules');
const shim = (name) => path.join(root, 'src/xlsx/browser', name);

/** Goes into a browser target's `resolve`. */
const resolve = {
  alias: {
    // The CommonJS sources, without the core-js and regenerator polyfills (the pages are ES2020).
    exceljs$: path.join(nodeModules, 'exceljs/lib/exceljs.bare.js'),
    // jszip's "browser" field points at its prebuilt bundle, which has setimmediate inside too.
    jszip$: path.join(nodeModules, 'jszip/lib/index.js'),
    // Replaced by the `setImmediate` given below; jszip only requires it for its side effect.
    setimmediate$: false,
    // A Promise polyfill jszip keeps for browsers without Promise; these pages all have one.
    lie$: false,
  },
  fallback: {
    buffer: path.join(nodeModules, 'buffer/index.js'),
    events: path.join(nodeModules, 'events/events.js'),
    stream: false,
    fs: false,
    path: false,
    crypto: false,
    os: false,
    util: false,
  },
};

/**
 * Goes into a browser target's `plugins`: free `Buffer`, `process`, `setImmediate` in modules,
 * and exceljs without its CSV support.
 */
function plugins() {
  return [
    new NormalModuleReplacementPlugin(/[\\/]exceljs[\\/]lib[\\/]csv[\\/]csv\.js$/, shim('noCsv.js')),
    new ProvidePlugin({
      Buffer: [path.join(nodeModules, 'buffer/index.js'), 'Buffer'],
      process: [shim('nodeProcess.ts'), 'process'],
      setImmediate: [shim('setImmediate.ts'), 'setImmediate'],
    }),
  ];
}

/**
 * Goes into a browser target's `optimization.splitChunks`: the hire's workbook loads as one
 * file, exceljs included, rather than webpack's default split of node_modules into a numbered
 * chunk beside it. Only chunks loaded later are split by default, so the entry files are as
 * they were.
 */
const splitChunks = { cacheGroups: { defaultVendors: false } };

module.exports = { resolve, plugins, splitChunks };
