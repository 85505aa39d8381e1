#!/usr/bin/env node
// The `hwbc` command. The TypeScript sources are compiled to dist/cli by `npm ci` (the
// prepare script) or `npm run build`; build them first if they are missing.
'use strict';
const path = require('path');
const fs = require('fs');
const entry = path.join(__dirname, '..', 'dist', 'cli', 'src', 'cli', 'main.js');
if (!fs.existsSync(entry)) {
  const { execFileSync } = require('child_process');
  execFileSync(
    process.execPath,
    [require.resolve('typescript/bin/tsc'), '-p', path.join(__dirname, '..', 'tsconfig.cli.json')],
    { stdio: 'inherit' },
  );
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
