/**
 * Bundles a few lines of TypeScript (importing repo modules) into one classic script for a page or
 * the extension's service worker, with esbuild (installed as a dependency of the build tools).
 * Returns null when esbuild is not available; callers then skip or fall back.
 */
import { REPO } from './lib.ts';

export async function bundleScript(entry: string): Promise<string | null> {
  let esbuild: typeof import('esbuild');
  try {
    esbuild = await import('esbuild');
  } catch {
    return null;
  }
  const out = await esbuild.build({
    stdin: { contents: entry, resolveDir: REPO, loader: 'ts', sourcefile: 'bench-entry.ts' },
    bundle: true, write: false, format: 'iife', platform: 'browser', target: 'chrome120', logLevel: 'silent',
  });
  return out.outputFiles[0].text;
}
