// The Excel add-in: dist/excel/ holds manifest.xml (with the chosen base address),
// taskpane.html (the shared runtime page) with taskpane.js, functions.js and commands.js,
// functions.json (generated from the rules core), pane.css, help.html and the icons.
// Production: minified, no source maps, office.js from Microsoft's CDN (as AppSource
// requires). Development: office.js copied from @microsoft/office-js, so nothing is fetched
// from outside while developing or testing.
'use strict';
const BundleSources = require('./shared/bundleSources');
const exceljsInBrowser = require('./shared/exceljsInBrowser');
const noCodeGeneration = require('./shared/noCodeGeneration');
const typescriptRule = require('./shared/typescriptRule');
const fs = require('fs');
const path = require('path');
const { sources } = require('webpack');
const CopyPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { builtManifest, resolveBaseUrl } = require('./excel/baseUrl');
const { ICON_SIZES, iconPng } = require('./excel/icons');
const { requireTs } = require('./excel/requireTs');

const root = path.resolve(__dirname, '..');
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_JS_DIST = path.join(root, 'node_modules/@microsoft/office-js/dist');

/** The page's Content-Security-Policy: its own files, and Microsoft's office.js in production. */
function contentSecurityPolicy(production) {
  const scripts = production ? "'self' https://appsforoffice.microsoft.com" : "'self'";
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    // office.js sets inline styles on the page itself; no inline script is ever allowed.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    // Nothing may be framed: this also stops office.js from framing Microsoft's telemetry page.
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** office.js and the Excel files it loads beside itself (not the debug copies, other hosts or telemetry). */
function isOfficeJsFile(file) {
  const rel = path.relative(OFFICE_JS_DIST, file).split(path.sep).join('/');
  if (rel.endsWith('.debug.js')) return false;
  if (/^[a-z]{2,3}(-[a-z]{2,4})*\/office_strings\.js$/.test(rel)) return true;
  return /^(office|excel[^/]*|custom-functions-runtime|o15apptofilemappingtable|es6-promise)\.js$/.test(rel);
}

/** Emits the generated files: manifest.xml, functions.json and the icons. */
class ExcelAddinFilesPlugin {
  constructor(baseUrl) {
    this.baseUrl = baseUrl;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap('ExcelAddinFiles', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'ExcelAddinFiles', stage: compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const manifest = fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8');
          compilation.emitAsset('manifest.xml', new sources.RawSource(builtManifest(manifest, this.baseUrl)));
          const { functionsJson } = requireTs(path.join(root, 'src/excel/functions/functionsMetadata.ts'));
          compilation.emitAsset('functions.json', new sources.RawSource(functionsJson()));
          for (const size of ICON_SIZES) {
            compilation.emitAsset(`assets/icon-${size}.png`, new sources.RawSource(iconPng(size)));
          }
        },
      );
    });
  }
}

/**
 * @param {{ baseUrl?: string, excelOut?: string }} env `--env baseUrl=https://…` sets the
 *   production address (else HWBC_BASE_URL, else https://localhost:3000); `excelOut` builds
 *   somewhere else (tests use it)
 * @param {{ mode: 'production' | 'development' }} argv
 */
module.exports = (env = {}, { mode }) => {
  const production = mode === 'production';
  const officeJs = production ? OFFICE_JS_CDN : 'office-js/office.js';
  return {
    name: 'excel',
    mode,
    target: ['web', 'es2020'],
    entry: {
      functions: path.join(root, 'src/excel/functions/functions.ts'),
      commands: path.join(root, 'src/excel/commands.ts'),
      taskpane: path.join(root, 'src/excel/taskpane.ts'),
    },
    output: {
      path: env.excelOut ? path.resolve(env.excelOut) : path.join(root, 'dist/excel'),
      filename: '[name].js',
      // The new hire's workbook code (exceljs) loads as a chunk beside the page when first asked
      // for; the hash keeps a cached page from loading another build's chunk.
      chunkFilename: '[name].[contenthash:8].js',
      publicPath: 'auto',
      clean: true,
    },
    // Source maps as files in development; never eval (blocked by the CSP), none in production.
    devtool: production ? false : 'source-map',
    resolve: { extensions: ['.ts', '.js'], ...exceljsInBrowser.resolve },
    module: {
      rules: [noCodeGeneration.rule, typescriptRule],
    },
    plugins: [
      ...exceljsInBrowser.plugins(),
      new BundleSources('excel'),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: path.join(root, 'src/excel/taskpane.html'),
        // The shared runtime loads one page: the functions and commands run in it too.
        chunks: ['functions', 'commands', 'taskpane'],
        chunksSortMode: 'manual',
        scriptLoading: 'defer',
        templateParameters: { csp: contentSecurityPolicy(production), officeJs },
        minify: false,
      }),
      new CopyPlugin({
        patterns: [
          { from: path.join(root, 'taskpane/pane.css'), to: 'pane.css' },
          { from: path.join(root, 'src/excel/help.html'), to: 'help.html' },
          ...(production
            ? []
            : [{ from: OFFICE_JS_DIST, to: 'office-js', filter: isOfficeJsFile, info: { minimized: true } }]),
        ],
      }),
      new ExcelAddinFilesPlugin(resolveBaseUrl(env)),
    ],
    optimization: {
      splitChunks: exceljsInBrowser.splitChunks,
      // webpack's own minifier settings, with every character outside ASCII written as an
      // escape (\u2013 for an en dash): a script holding even one such character is held as
      // two-byte text, which the engine scans and compiles markedly slower, and every custom
      // function's first use waits on functions.js being compiled.
      minimizeOptions: { javascript: { compress: { passes: 2 }, format: { ascii_only: true } } },
    },
    performance: { hints: false },
  };
};
