#!/usr/bin/env node
// `npm start`: builds the Excel add-in and the demo page (development mode: office.js served
// from this machine, nothing fetched from outside), serves both on https://localhost:3000,
// says how to sideload the add-in, and keeps serving until Ctrl+C.
//
//   node scripts/start.js [--port N] [--no-build] [--http]
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const { serve } = require('./serve');

const root = path.resolve(__dirname, '..');
const EXCEL = path.join(root, 'dist', 'excel');
const DEMO = path.join(root, 'dist', 'demo');

function parseArgs(argv) {
  const options = { port: 3000, build: true, http: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--port') options.port = Number(argv[++i]);
    else if (argv[i] === '--no-build') options.build = false;
    else if (argv[i] === '--http') options.http = true;
    else throw new Error(`Unknown option "${argv[i]}". Usage: node scripts/start.js [--port N] [--no-build] [--http]`);
  }
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) {
    throw new Error('--port needs a port number, such as 3000.');
  }
  return options;
}

function build() {
  console.log('Building the Excel add-in and the demo page (development mode)…');
  const cli = require.resolve('webpack-cli/bin/cli.js');
  const args = [cli, '--mode', 'development', '--config-name', 'excel', '--config-name', 'demo', '--no-stats'];
  const run = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) throw new Error('The build failed (see above).');
}

/**
 * The HTTPS certificate, best first: office-addin-dev-certs' certificate trusted by this
 * computer; the same certificate when it could be made but not trusted (no administrator
 * rights, no certificate store); a throwaway one made for this run. Null: serve plain HTTP.
 */
async function certificate() {
  let devCerts;
  try {
    devCerts = require('office-addin-dev-certs');
    const options = await devCerts.getHttpsServerOptions();
    return { tls: { key: options.key, cert: options.cert }, trusted: true };
  } catch (e) {
    console.log(`\nThe development certificate could not be trusted on this computer:\n  ${firstLine(e)}`);
  }
  const home = path.join(os.homedir(), '.office-addin-dev-certs');
  const made = { cert: path.join(home, 'localhost.crt'), key: path.join(home, 'localhost.key') };
  if (fs.existsSync(made.cert) && fs.existsSync(made.key)) {
    return { tls: { cert: fs.readFileSync(made.cert), key: fs.readFileSync(made.key) }, trusted: false };
  }
  try {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hwbc-cert-'));
    const files = ['ca.crt', 'localhost.crt', 'localhost.key'].map((f) => path.join(dir, f));
    await devCerts.generateCertificates(...files, 1, ['127.0.0.1', 'localhost']);
    return { tls: { cert: fs.readFileSync(files[1]), key: fs.readFileSync(files[2]) }, trusted: false };
  } catch (e) {
    console.log(`No certificate could be made either:\n  ${firstLine(e)}`);
    return null;
  }
}

function firstLine(e) {
  return String(e instanceof Error ? e.message : e).split('\n')[0];
}

function instructions(base, { https, trusted, port }) {
  const manifest = path.join(EXCEL, 'manifest.xml');
  const lines = [
    '',
    'HWBC Toolkit is being served:',
    `  Demonstration (any browser, no Excel needed): ${base}/demo.html`,
    `  PCN overview (workbooks read in the browser):  ${base}/overview.html`,
    `  Excel task pane page:                         ${base}/taskpane.html`,
    `  Add-in manifest:                              ${manifest}`,
    '',
  ];
  if (!https) {
    lines.push(
      'WARNING: this is plain HTTP, because no HTTPS certificate could be made. The demo page works,',
      'but Excel loads add-ins only over HTTPS, so sideloading will not work until a certificate can be',
      'made: run `npx office-addin-dev-certs install` (as administrator), then `npm start` again.',
      '',
    );
  } else if (!trusted) {
    lines.push(
      'NOTE: the HTTPS certificate is not trusted by this computer yet, so browsers warn about it and',
      'Excel may refuse the add-in. To trust it, run `npx office-addin-dev-certs install` as',
      `administrator; or open ${base}/taskpane.html once in the browser you use Excel in and accept it.`,
      '',
    );
  }
  if (port !== 3000) {
    lines.push(
      `NOTE: the manifest points at https://localhost:3000, not port ${port}: use this port for the demo only.`,
      '',
    );
  }
  lines.push(
    'Sideload the add-in (it appears on the Home tab as "HWBC Toolkit"; type =HWBC. in a cell for the functions):',
    '  Excel on the web: open a workbook, then Home (or Insert) › Add-ins › More Add-ins › Upload My Add-in,',
    `    and choose ${manifest}.`,
    "  Excel on Windows: `npx office-addin-debugging start dist/excel/manifest.xml desktop` (Microsoft's",
    '    tool, fetched by npx); or share a folder holding manifest.xml, add it under File › Options › Trust',
    '    Center › Trust Center Settings › Trusted Add-in Catalogs (tick "Show in Menu"), restart Excel and',
    '    choose Home › Add-ins › More Add-ins › Shared Folder.',
    '  Excel on a Mac: copy manifest.xml into ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef',
    '    (make the folder if it is missing), restart Excel, then Home › Add-ins.',
    '',
    'Press Ctrl+C to stop.',
  );
  return lines.join('\n');
}

async function main(argv) {
  const options = parseArgs(argv);
  if (options.build) build();
  for (const [dir, what] of [
    [EXCEL, 'the Excel add-in'],
    [DEMO, 'the demo page'],
  ]) {
    if (!fs.existsSync(dir)) console.log(`NOTE: ${path.relative(root, dir)} is missing, so ${what} is not served.`);
  }
  const cert = options.http ? null : await certificate();
  const server = await serve({ roots: [EXCEL, DEMO], port: options.port, host: '127.0.0.1', tls: cert?.tls });
  const port = server.address().port;
  const base = `${cert ? 'https' : 'http'}://localhost:${port}`;
  console.log(instructions(base, { https: !!cert, trusted: !!cert?.trusted, port }));
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((e) => {
    console.error(`npm start failed: ${e instanceof Error ? e.message : e}`);
    process.exit(1);
  });
}

module.exports = { instructions, parseArgs };
