// The one web address every URL of the Excel add-in lives on. manifest.xml is written for
// https://localhost:3000 (npm start); a production build puts the real address in its place.
'use strict';

const DEFAULT_BASE_URL = 'https://localhost:3000';

/**
 * The base address for a build: `--env baseUrl=…` on the command line wins, then the
 * HWBC_BASE_URL environment variable, then https://localhost:3000. It must be https (Office
 * loads add-ins only over https); a trailing slash is dropped, a path is kept.
 *
 * @example
 * resolveBaseUrl({ baseUrl: 'https://hwbc.example.nhs.uk/' }, {}); // 'https://hwbc.example.nhs.uk'
 * @param {{ baseUrl?: string }} env webpack's --env values
 * @param {Record<string, string | undefined>} environment process.env
 * @returns {string}
 */
function resolveBaseUrl(env = {}, environment = process.env) {
  const chosen = env.baseUrl || environment.HWBC_BASE_URL || DEFAULT_BASE_URL;
  let url;
  try {
    url = new URL(chosen);
  } catch {
    throw new Error(`The add-in's base address "${chosen}" is not a web address (expected https://…).`);
  }
  if (url.protocol !== 'https:') {
    throw new Error(`The add-in's base address must start with https:// (Office requires it), got "${chosen}".`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(
      `The add-in's base address must be a plain https:// address without ?, # or a login, got "${chosen}".`,
    );
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

/**
 * The manifest with every https://localhost:3000 address moved to `baseUrl`.
 *
 * @example
 * withBaseUrl('<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"/>', 'https://x.org/hwbc');
 * // '<IconUrl DefaultValue="https://x.org/hwbc/assets/icon-32.png"/>'
 * @param {string} manifestXml
 * @param {string} baseUrl
 * @returns {string}
 */
function withBaseUrl(manifestXml, baseUrl) {
  return manifestXml.split(DEFAULT_BASE_URL).join(baseUrl);
}

/**
 * The manifest as shipped: its addresses on `baseUrl`, and without the source's comments
 * (which talk about the development address).
 *
 * @example
 * builtManifest(fs.readFileSync('manifest.xml', 'utf8'), 'https://hwbc.example.nhs.uk');
 * @param {string} manifestXml
 * @param {string} baseUrl
 * @returns {string}
 */
function builtManifest(manifestXml, baseUrl) {
  return withBaseUrl(manifestXml.replace(/[ \t]*<!--[\s\S]*?-->\r?\n?/g, ''), baseUrl);
}

module.exports = { DEFAULT_BASE_URL, builtManifest, resolveBaseUrl, withBaseUrl };
