/**
 * The `npm start` file server answers any address a browser (or anyone on the machine) sends:
 * a malformed one is a 400, a path out of its folders a 404, and the server keeps serving.
 */
import * as fs from 'fs';
import * as http from 'http';
import * as os from 'os';
import * as path from 'path';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serve } = require('../../scripts/serve') as {
  serve: (o: { roots: string[]; port: number }) => Promise<http.Server>;
};

let dir: string;
let server: http.Server;
let port: number;

function get(raw: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    // A raw request line: http.get would refuse to send some of these addresses itself.
    const req = http.request({ host: '127.0.0.1', port, path: '/', method: 'GET' });
    (req as unknown as { path: string }).path = raw;
    req.on('response', (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hwbc-serve-'));
  fs.mkdirSync(path.join(dir, 'site'));
  fs.mkdirSync(path.join(dir, 'site-secret'));
  fs.writeFileSync(path.join(dir, 'site', 'index.html'), 'hello');
  fs.writeFileSync(path.join(dir, 'site-secret', 'key.txt'), 'secret');
  server = await serve({ roots: [path.join(dir, 'site')], port: 0 });
  port = (server.address() as { port: number }).port;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the file server', () => {
  it.each(['/%E0%A4%A', '/%', '/a%00b', '/%C0%AF'])(
    'answers the malformed address %s with 400 and keeps serving',
    async (bad) => {
      expect((await get(bad)).status).toBe(400);
      expect(await get('/')).toEqual({ status: 200, body: 'hello' });
    },
  );

  it.each(['/../site-secret/key.txt', '/..%2fsite-secret%2fkey.txt', '/%2e%2e/%2e%2e/etc/passwd'])(
    'serves nothing outside its folder for %s',
    async (escape) => {
      const r = await get(escape);
      expect(r.status).toBe(404);
      expect(r.body).not.toContain('secret');
    },
  );
});
