import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { repoRoot, sharedDir } from './paths';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.json': 'application/json', '.css': 'text/css',
  '.js': 'text/javascript', '.png': 'image/png', '.jpg': 'image/jpeg', '.svg': 'image/svg+xml',
  '.pdf': 'application/pdf',
};

/** URL prefixes → folders served from them. */
const MOUNTS: Record<string, string> = {
  '/fixtures/': resolve(sharedDir, 'fixtures'),
  '/corpus/': resolve(sharedDir, 'corpus'),
  '/pages/': resolve(repoRoot, 'tests/e2e/pages'),
};

export interface TestServer {
  origin: string;
  /** Paths requested so far (tests use it to prove a payload never phoned home). */
  requests: string[];
  close(): Promise<void>;
}

/** A static file server on 127.0.0.1 (random port) for the fixture pages. */
export async function startServer(): Promise<TestServer> {
  const requests: string[] = [];
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    requests.push(path);
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
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
