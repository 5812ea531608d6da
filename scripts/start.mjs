// `npm start`: build Gloss and open it in Chromium on a sample article served from
// 127.0.0.1. Without a display it only builds, then says where the extension is and
// how to load it — it never crashes on a headless machine.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { resolve, sep } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const pagesDir = resolve(root, 'tests/e2e/pages');
const PORT = 5174;
const sampleUrl = `http://127.0.0.1:${PORT}/sample-article.html`;
const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

if (!hasDisplay) {
  const build = spawnSync(npx, ['wxt', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  console.log(`
Gloss is built: ${resolve(root, '.output/chrome-mv3')}

No display was found, so no browser was opened. To use Gloss:
  1. Open chrome://extensions in Chromium or Chrome and switch on "Developer mode".
  2. Click "Load unpacked" and choose the folder above.
  3. Open a news article and click the Gloss button in the toolbar (or press Alt+Shift+R).
`);
  process.exit(0);
}

// Serve the sample article for the browser that WXT opens.
createServer(async (req, res) => {
  const file = resolve(pagesDir, '.' + decodeURIComponent(new URL(req.url ?? '/', sampleUrl).pathname));
  if (!file.startsWith(pagesDir + sep)) return res.writeHead(404).end();
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': file.endsWith('.html') ? 'text/html; charset=utf-8' : 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
}).listen(PORT, '127.0.0.1', () => console.log(`Sample article: ${sampleUrl}`));

const env = { ...process.env };
if (!env.CHROME_PATH && existsSync('/usr/bin/chromium')) env.CHROME_PATH = '/usr/bin/chromium';
const dev = spawn(npx, ['wxt'], { cwd: root, stdio: 'inherit', env });
dev.on('exit', (code) => process.exit(code ?? 0));
