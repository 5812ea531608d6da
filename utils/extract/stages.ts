/**
 * Optional per-stage timing of the pipeline, for the benchmarks (`npm run bench`, section 1b):
 * what each step adds to Readability's own time. Nobody asks in the product, and then every lap
 * is a call to an empty function.
 */
export type StageTimes = Record<string, number>;
export type Lap = (stage: string) => void;

/** The lap of a run nobody times. */
export const noLap: Lap = () => {};

/** Laps that add the milliseconds since the previous lap to `into[stage]`; a no-op without `into`. */
export function stageClock(into: StageTimes | undefined): Lap {
  if (!into) return noLap;
  let last = performance.now();
  return (stage) => {
    const now = performance.now();
    into[stage] = (into[stage] ?? 0) + now - last;
    last = now;
  };
}
