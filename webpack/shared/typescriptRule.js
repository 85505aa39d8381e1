// How the browser targets compile TypeScript: ts-loader without type checking (npm test runs
// tsc on its own), to ES modules so webpack can drop what a page never uses (most of date-fns
// and zod).
'use strict';
const path = require('path');

const root = path.resolve(__dirname, '..', '..');

/** The module rule for the project's .ts files. */
module.exports = {
  test: /\.ts$/,
  exclude: /node_modules/,
  use: {
    loader: 'ts-loader',
    options: {
      transpileOnly: true,
      configFile: path.join(root, 'tsconfig.json'),
      compilerOptions: { module: 'es2020' },
    },
  },
};
