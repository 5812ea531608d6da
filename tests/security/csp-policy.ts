/** Checks of an extension-page Content Security Policy (used by tests/unit/csp.test.ts and tests/e2e/privacy.test.ts). */

/** Directive name → its sources. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), sources);
  }
  return out;
}

/** What a strict extension-page policy must not contain, as a list of problems. */
export function policyProblems(policy: string): string[] {
  const problems: string[] = [];
  const directives = parsePolicy(policy);
  if (!policy.trim()) return ['no extension_pages policy'];
  for (const [name, sources] of directives) {
    for (const source of sources) {
      const s = source.toLowerCase();
      if (["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "'strict-dynamic'"].includes(s)) problems.push(`${name} ${s}`);
      else if (s === '*' || s.includes('*')) problems.push(`${name} wildcard ${s}`);
      else if (/^(https?|wss?|ftp|blob|filesystem):/.test(s) || /^[a-z0-9.-]+\.[a-z]{2,}/.test(s) || s.startsWith('//')) problems.push(`${name} remote ${s}`);
    }
  }
  const script = directives.get('script-src') ?? directives.get('default-src');
  if (!script || script.join(' ') !== "'self'") problems.push(`script-src is not exactly 'self' (${script?.join(' ') ?? 'missing'})`);
  if ((directives.get('object-src') ?? directives.get('default-src'))?.join(' ') !== "'none'") problems.push("object-src is not 'none'");
  if (directives.get('base-uri')?.join(' ') !== "'none'") problems.push("base-uri is not 'none'");
  if (directives.get('form-action')?.join(' ') !== "'none'") problems.push("form-action is not 'none'");
  if (directives.get('frame-src')?.join(' ') !== "'none'") problems.push("frame-src is not 'none'");
  const img = directives.get('img-src') ?? [];
  if (img.some((s) => !["'self'", 'data:'].includes(s))) problems.push(`img-src loads more than the extension and data: (${img.join(' ')})`);
  const connect = directives.get('connect-src') ?? [];
  if (connect.some((s) => s !== "'self'" && s !== "'none'")) problems.push(`connect-src reaches beyond the extension (${connect.join(' ')})`);
  return problems;
}
