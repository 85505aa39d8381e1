// Loads a TypeScript module from Node at build time, compiling each file with the project's
// own TypeScript (no extra tool), so the build can ask the rules core for functions.json.
'use strict';
const fs = require('fs');
const ts = require('typescript');

/**
 * `require` for a .ts file and the .ts files it imports. The compiled modules are dropped
 * from Node's cache afterwards, so each build reads the sources as they are now.
 *
 * @example
 * const { functionsJson } = requireTs(require.resolve('../../src/excel/functions/functionsMetadata.ts'));
 * @param {string} file absolute path of a .ts module
 * @returns {any} its exports
 */
function requireTs(file) {
  const previous = require.extensions['.ts'];
  const loaded = [];
  require.extensions['.ts'] = (module, filename) => {
    const source = fs.readFileSync(filename, 'utf8');
    const { outputText } = ts.transpileModule(source, {
      fileName: filename,
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2020,
        esModuleInterop: true,
        resolveJsonModule: true,
      },
    });
    loaded.push(filename);
    module._compile(outputText, filename);
  };
  try {
    return require(file);
  } finally {
    if (previous) require.extensions['.ts'] = previous;
    else delete require.extensions['.ts'];
    for (const f of loaded) delete require.cache[f];
  }
}

module.exports = { requireTs };
