// The demonstration page: the task pane beside an in-memory workbook, so anyone can try every
// panel without Excel or a Google account; and the PCN overview page beside it. Output
// dist/demo/: demo.html, demo.js, overview.html, overview.js, overviewWorker.js, pane.css,
// demo.css, overview.css, favicon.svg. No eval in any mode (the page's Content-Security-Policy forbids it).
'use strict';
const exceljsInBrowser = require('./shared/exceljsInBrowser');
const noCodeGeneration = require('./shared/noCodeGeneration');
const typescriptRule = require('./shared/typescriptRule');
const path = require('path');
const CopyPlugin = require('copy-webpack-plugin');

const root = path.resolve(__dirname, '..');

/**
 * @param {{ demoOut?: string }} env `demoOut` builds somewhere else (the browser tests use it)
 * @param {{ mode: 'production' | 'development' }} argv
 */
module.exports = (env = {}, { mode }) => ({
  name: 'demo',
  mode,
  target: ['web', 'es2020'],
  entry: {
    demo: path.join(root, 'src/demo/demo.ts'),
    // The PCN overview page and its worker, which reads and checks the chosen workbooks.
    overview: path.join(root, 'overview/overview.ts'),
    overviewWorker: path.join(root, 'overview/overviewWorker.ts'),
  },
  output: {
    path: env.demoOut ? path.resolve(env.demoOut) : path.join(root, 'dist/demo'),
    filename: '[name].js',
    // The new hire's workbook code (exceljs) loads as a chunk beside the page when first asked
    // for; the hash keeps a cached page from loading another build's chunk.
    chunkFilename: '[name].[contenthash:8].js',
    publicPath: 'auto',
    clean: true,
  },
  // Source maps as files in development; never eval (blocked by the CSP), none in production.
  devtool: mode === 'production' ? false : 'source-map',
  resolve: { extensions: ['.ts', '.js'], ...exceljsInBrowser.resolve },
  module: {
    rules: [noCodeGeneration.rule, typescriptRule],
  },
  plugins: [
    ...exceljsInBrowser.plugins(),
    new CopyPlugin({
      patterns: [
        { from: path.join(root, 'src/demo/demo.html'), to: 'demo.html' },
        { from: path.join(root, 'src/demo/demo.css'), to: 'demo.css' },
        { from: path.join(root, 'overview/overview.html'), to: 'overview.html' },
        { from: path.join(root, 'overview/overview.css'), to: 'overview.css' },
        { from: path.join(root, 'src/demo/favicon.svg'), to: 'favicon.svg' },
        { from: path.join(root, 'taskpane/pane.css'), to: 'pane.css' },
      ],
    }),
  ],
  optimization: { splitChunks: exceljsInBrowser.splitChunks },
  performance: { hints: false },
});
