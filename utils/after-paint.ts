// A tab that is not painting (in the background) runs no animation frames: do not wait for one longer.
const PAINT_WAIT_MS = 100;

/** Run `work` once the browser has painted what is on screen now (a task after the next frame). */
export function afterPaint(work: () => void): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    work();
  };
  requestAnimationFrame(() => setTimeout(run, 0));
  setTimeout(run, PAINT_WAIT_MS);
}
