// Records which sources make up each bundle, for the bench's bundle rows: for every entry
// chunk, each source file's size as webpack bundled it (before minification, after
// TypeScript), in build/bundle-sources/<target>.json. Written outside dist/, which holds only
// what is deployed (clasp pushes dist/gas as it is).
'use strict';

const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');
const OUT = path.join(ROOT, 'build', 'bundle-sources');

/** The source files inside a module: a concatenated module holds several. */
function sourcesOf(module) {
  if (Array.isArray(module.modules)) return module.modules.flatMap(sourcesOf);
  const file = module.resource;
  return file ? [{ file: path.relative(ROOT, file).split(path.sep).join('/'), size: module.size() }] : [];
}

class BundleSources {
  constructor(target) {
    this.target = target;
  }

  apply(compiler) {
    compiler.hooks.afterEmit.tap('BundleSources', (compilation) => {
      const chunks = {};
      for (const chunk of compilation.chunks) {
        if (!chunk.name) continue;
        const sizes = new Map();
        for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
          for (const { file, size } of sourcesOf(module)) sizes.set(file, (sizes.get(file) || 0) + size);
        }
        chunks[chunk.name] = [...sizes].map(([file, size]) => ({ file, size })).sort((a, b) => b.size - a.size);
      }
      fs.mkdirSync(OUT, { recursive: true });
      fs.writeFileSync(path.join(OUT, `${this.target}.json`), `${JSON.stringify(chunks, null, 1)}\n`);
    });
  }
}

module.exports = BundleSources;
