import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';
import { policyProblems } from '../security/csp-policy';

// The extension pages' Content Security Policy as wxt.config.ts declares it, for every build
// mode that ships (production, e2e, Firefox). tests/e2e/privacy.test.ts checks the same on
// the built manifest and pages (`npm run test:e2e` builds them first; unit tests run before).

type ManifestFn = (env: { mode: string; browser: string; manifestVersion: number; command: string }) => Record<string, unknown>;

function csp(mode: string, browser: string): string {
  const manifest = (config.manifest as ManifestFn)({ mode, browser, manifestVersion: browser === 'firefox' ? 2 : 3, command: 'build' });
  const policy = manifest.content_security_policy as { extension_pages?: string } | undefined;
  return policy?.extension_pages ?? '';
}

describe('extension pages CSP (wxt.config.ts)', () => {
  it.each([
    ['production', 'chrome'], ['e2e', 'chrome'], ['production', 'firefox'], ['e2e', 'firefox'],
  ])('%s build for %s: no inline or eval code, no remote sources', (mode, browser) => {
    expect(policyProblems(csp(mode, browser))).toEqual([]);
  });

  it('catches what it must (self-test)', () => {
    expect(policyProblems("script-src 'self' 'unsafe-eval' https://cdn.example; object-src 'none'")).toEqual(expect.arrayContaining([
      "script-src 'unsafe-eval'", 'script-src remote https://cdn.example', "script-src is not exactly 'self' ('self' 'unsafe-eval' https://cdn.example)",
    ]));
    expect(policyProblems("script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'none'; img-src *")).toEqual(
      ['img-src wildcard *', 'img-src loads more than the extension and data: (*)']);
  });
});
