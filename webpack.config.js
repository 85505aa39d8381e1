// Builds every target: dist/excel (Office add-in), dist/gas (Apps Script) and dist/demo
// (the in-browser demonstration). Each target's configuration lives in webpack/.
module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || 'production';
  return ['excel', 'gas', 'demo']
    .map((name) => {
      try {
        return require(`./webpack/${name}.js`)(env, { mode });
      } catch (e) {
        if (e.code === 'MODULE_NOT_FOUND' && e.message.includes(`webpack/${name}.js`)) return null;
        throw e;
      }
    })
    .filter(Boolean);
};
