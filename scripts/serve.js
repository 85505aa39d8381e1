// A small static file server for the built add-in and the demo page. No dependencies, so
// it runs anywhere Node does; used by `npm start` (HTTPS) and the browser tests (HTTP).
'use strict';
const fs = require('fs');
const http = require('http');
const https = require('https');
const path = require('path');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

/**
 * Serves files from `roots` (the first that has the path wins) on `port`.
 * @param {{ roots: string[], port: number, host?: string, tls?: { key: string|Buffer, cert: string|Buffer } }} options
 * @returns {Promise<import('http').Server>} the listening server (port 0 picks a free one)
 */
function serve({ roots, port, host = '127.0.0.1', tls }) {
  const answer = (res, status, text) => {
    res.writeHead(status, { 'Content-Type': 'text/plain' });
    res.end(text);
  };
  const handler = (req, res) => {
    // A malformed address ("/%E0%A4%A", a NUL byte) is the browser's mistake, answered with
    // 400; it must never stop the server.
    let urlPath;
    try {
      urlPath = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      return answer(res, 400, 'Bad request');
    }
    if (urlPath.includes('\0')) return answer(res, 400, 'Bad request');
    const rel = path.normalize(urlPath === '/' ? '/index.html' : urlPath).replace(/^(\.\.[/\\])+/, '');
    for (const root of roots) {
      const base = path.resolve(root);
      const file = path.join(base, rel);
      // Inside the root itself, not a sibling folder that merely starts with its name.
      if (!file.startsWith(base + path.sep)) continue;
      let stat;
      try {
        stat = fs.statSync(file);
      } catch {
        continue;
      }
      if (!stat.isFile()) continue;
      res.writeHead(200, {
        'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream',
        'Cache-Control': 'no-store',
        'Access-Control-Allow-Origin': '*',
      });
      fs.createReadStream(file)
        .on('error', () => res.destroy())
        .pipe(res);
      return;
    }
    answer(res, 404, 'Not found');
  };
  const server = tls ? https.createServer(tls, handler) : http.createServer(handler);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

module.exports = { serve };
