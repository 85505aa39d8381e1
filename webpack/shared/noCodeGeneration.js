// A webpack loader for zod. zod can compile its parsers with the Function constructor and
// probes for it once even when told not to use it. The add-in never generates code (its
// Content-Security-Policy forbids it, and the safety tests check every bundle), so every
// `Function` zod would call is replaced by one that refuses: the probe then answers "no" and
// zod parses without compiling, exactly as `jitless` asks.
'use strict';

const ALIAS = /const F = Function;/g;
const REFUSE = "const F = function () { throw new EvalError('The HWBC Toolkit does not generate code.'); };";

module.exports = function noCodeGeneration(source) {
  const out = source.replace(ALIAS, REFUSE);
  // A zod upgrade that reaches the Function constructor some other way must fail the build,
  // not slip through: after the rewrite no bare `Function` constructor call may remain.
  if (/new Function\s*\(|=\s*Function\s*[;,]/.test(out)) {
    this.emitError(
      new Error(`${this.resourcePath}: zod reaches the Function constructor in a way this loader does not know.`),
    );
  }
  return out;
};

/** The rule each target adds to its module.rules. */
module.exports.rule = {
  test: /[\\/]node_modules[\\/]zod[\\/].*\.(c|m)?js$/,
  loader: __filename,
};
