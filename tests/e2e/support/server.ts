import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { fixturesDir, repoRoot, sharedDir } from './paths';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.json': 'application/json', '.css': 'text/css',
  '.js': 'text/javascript', '.png': 'image/png', '.jpg': 'image/jpeg', '.svg': 'image/svg+xml',
  '.pdf': 'application/pdf',
};

/** URL prefixes → folders served from them. */
const MOUNTS: Record<string, string> = {
  '/fixtures/': fixturesDir,
  // ../shared, for *.corpus.test.ts files and the benchmarks only (npm test runs without it).
  '/shared-fixtures/': resolve(sharedDir, 'fixtures'),
  '/corpus/': resolve(sharedDir, 'corpus'),
  '/pages/': resolve(repoRoot, 'tests/e2e/pages'),
};

/** Where hostile payloads phone home: `/pwned/<name>` (answered 204, never served). */
export const PWNED_PREFIX = '/pwned/';

export interface PwnedHit {
  /** The payload's name: the path after /pwned/ up to the next `/` or `?`. */
  name: string;
  path: string;
  /** Date.now() when it arrived. */
  at: number;
  /** What kind of load it was (fetch → "empty", image, document…), per Sec-Fetch-Dest. */
  dest: string;
  referer: string;
}

export interface ServerOptions {
  /**
   * Pages generated per request under `/security/` (tests/security/pages.ts builds them,
   * with the server's own origin baked into every payload's beacon URL). Return null for 404.
   */
  generated?: (path: string, origin: string) => string | null;
}

export interface TestServer {
  origin: string;
  /** Paths requested so far (tests use it to prove a payload never phoned home). */
  requests: string[];
  /** Requests to /pwned/<name>: a payload ran (or, for style payloads, a stylesheet loaded). */
  pwned: PwnedHit[];
  close(): Promise<void>;
}

/** A static file server on 127.0.0.1 (random port) for the fixture pages. */
export async function startServer(options: ServerOptions = {}): Promise<TestServer> {
  const requests: string[] = [];
  const pwned: PwnedHit[] = [];
  let origin = '';
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    requests.push(path);
    if (path.startsWith(PWNED_PREFIX)) {
      pwned.push({
        name: path.slice(PWNED_PREFIX.length).split('/')[0],
        path,
        at: Date.now(),
        dest: String(req.headers['sec-fetch-dest'] ?? ''),
        referer: String(req.headers.referer ?? ''),
      });
      // CORS-open, so a fetch() beacon never shows up as a console error of its own.
      res.writeHead(204, { 'access-control-allow-origin': '*' }).end();
      return;
    }
    if (path.startsWith('/security/') && options.generated) {
      const body = options.generated(path, origin);
      if (body == null) res.writeHead(404).end('not found');
      else res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' }).end(body);
      return;
    }
    const mount = Object.keys(MOUNTS).find((prefix) => path.startsWith(prefix));
    const file = mount && resolve(MOUNTS[mount], path.slice(mount.length));
    if (!mount || !file || !file.startsWith(MOUNTS[mount] + sep)) {
      res.writeHead(404).end('not found');
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    requests,
    pwned,
    close: () => new Promise((done) => {
      server.closeAllConnections?.();
      server.close(() => done());
    }),
  };
}
