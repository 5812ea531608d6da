import { afterAll, beforeAll } from 'vitest';
import { launchGloss, type GlossBrowser } from './browser';
import { startServer, type TestServer } from './server';

export interface GlossSession {
  gloss: GlossBrowser;
  server: TestServer;
}

/**
 * One Chromium with Gloss and one fixture server per test file (a fresh browser per file
 * keeps a long run from growing flaky); both are closed when the file ends.
 */
export function useGlossSession(): GlossSession {
  const session = {} as GlossSession;
  beforeAll(async () => {
    session.server = await startServer();
    session.gloss = await launchGloss();
  });
  afterAll(async () => {
    await session.gloss?.close();
    await session.server?.close();
  });
  return session;
}
