/**
 * One-writer rule: every mutation of the library runs inside `serialized`, a
 * promise-chain mutex. storage.local has no transactions, so two saves that
 * each read the index, add themselves and write it back would otherwise race
 * and the second write would drop the first article from the index.
 */
let tail: Promise<unknown> = Promise.resolve();

export function serialized<T>(task: () => Promise<T>): Promise<T> {
  const run = tail.then(task);
  // A failed task must not poison the chain for the next writer.
  tail = run.catch(() => undefined);
  return run;
}

/** Resolves once every write queued so far has settled (tests, shutdown). */
export function whenIdle(): Promise<void> {
  return serialized(async () => undefined);
}
