import { expect } from 'vitest';

/** Exact equality of two serialised documents, reporting where they first differ. */
export function expectSameHtml(actual: string, expected: string): void {
  if (actual === expected) return;
  let i = 0;
  while (i < actual.length && actual[i] === expected[i]) i++;
  expect.fail(`page changed at ${i}:\n  before: ${JSON.stringify(expected.slice(Math.max(0, i - 80), i + 120))}\n  after:  ${JSON.stringify(actual.slice(Math.max(0, i - 80), i + 120))}`);
}
