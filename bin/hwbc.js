#!/usr/bin/env node
// The `hwbc` command. Its TypeScript sources (src/cli, src/xlsx and the rules core in shared)
// are compiled to dist/cli by `npm ci` (the prepare script) or `npm run prepare`; when that
// output is missing or older than a source file, it is compiled again here first, so the
// command never runs stale code.
'use strict';
const path = require('path');
const fs = require('fs');

const root = path.join(__dirname, '..');
const entry = path.join(root, 'dist', 'cli', 'src', 'cli', 'main.js');

function newestSource(dir) {
  let newest = 0;
  if (!fs.existsSync(dir)) return newest;
  for (const name of fs.readdirSync(dir, { recursive: true })) {
    if (name.endsWith('.ts') && !name.endsWith('.test.ts')) {
      newest = Math.max(newest, fs.statSync(path.join(dir, name)).mtimeMs);
    }
  }
  return newest;
}

const built = fs.existsSync(entry) ? fs.statSync(entry).mtimeMs : 0;
const sources = Math.max(...['src/cli', 'src/xlsx', 'shared'].map((d) => newestSource(path.join(root, d))));
if (built === 0 || sources > built) {
  const { spawnSync } = require('child_process');
  const tsc = [require.resolve('typescript/bin/tsc'), '-p', path.join(root, 'tsconfig.cli.json')];
  if (spawnSync(process.execPath, tsc, { stdio: 'inherit' }).status !== 0) {
    console.error('hwbc: the command line could not be compiled (see the errors above).');
    process.exit(2);
  }
  // tsc leaves an unchanged file alone; touch the entry so the next run knows it is current.
  const now = new Date();
  fs.utimesSync(entry, now, now);
}
// exitCode, not process.exit(): output to a pipe is written asynchronously, and exiting at
// once would cut a long `--json` report short.
require(entry)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  })
  .catch((e) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exitCode = 2;
  });
