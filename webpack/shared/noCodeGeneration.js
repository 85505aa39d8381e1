// A webpack loader for the libraries the add-in bundles. The add-in never generates code (its
// Content-Security-Policy forbids it, and the safety tests check every bundle), but some
// libraries reach for the Function constructor:
// - zod can compile its parsers with it, and probes for it once even when told not to: every
//   `Function` zod would call is replaced by one that refuses, so the probe answers "no" and zod
//   parses without compiling, exactly as `jitless` asks;
// - older libraries find the global object with `Function("return this")()`: that is
//   `globalThis` in every engine the add-in runs in (Excel, Apps Script V8, browsers).
'use strict';

const ZOD_ALIAS = /const F = Function;/g;
const REFUSE = "const F = function () { throw new EvalError('The HWBC Toolkit does not generate code.'); };";
const GLOBAL_THIS = /\bFunction\(\s*(["'])return this\1\s*\)\(\)/g;

module.exports = function noCodeGeneration(source) {
  let out = source.replace(GLOBAL_THIS, 'globalThis');
  if (/[\\/]node_modules[\\/]zod[\\/]/.test(this.resourcePath)) {
    out = out.replace(ZOD_ALIAS, REFUSE);
    // A zod upgrade that reaches the Function constructor some other way must fail the build,
    // not slip through: after the rewrite no bare `Function` constructor call may remain.
    if (/new Function\s*\(|=\s*Function\s*[;,]/.test(out)) {
      this.emitError(
        new Error(`${this.resourcePath}: zod reaches the Function constructor in a way this loader does not know.`),
      );
    }
  }
  return out;
};

/** The rule each target adds to its module.rules. */
module.exports.rule = {
  test: /[\\/]node_modules[\\/].*\.(c|m)?js$/,
  loader: __filename,
};
