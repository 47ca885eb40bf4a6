// Work that can wait until after the board's first frame (the tiles out of view, the names of
// small towns), done in small steps while the browser is idle so dragging never stutters.

/** Milliseconds a step may start within an idle period (each step takes a few). */
const MIN_IDLE_MS = 4;
/** Longest wait for an idle period before a step runs anyway, so the work ends on a busy page too. */
const MAX_WAIT_MS = 150;

/**
 * Runs `step` over and over in idle time until it returns false; returns a function that stops
 * it. Falls back to timers where requestIdleCallback is missing (Safari).
 */
export function runWhenIdle(step: () => boolean): () => void {
  let stopped = false;
  let handle = 0;
  const idle = typeof window.requestIdleCallback === "function";
  const schedule = (): void => {
    if (stopped) return;
    handle = idle ? window.requestIdleCallback(run, { timeout: MAX_WAIT_MS }) : window.setTimeout(() => run(null), 16);
  };
  const run = (deadline: IdleDeadline | null): void => {
    if (stopped) return;
    // At least one step per call, even when the wait timed out on a busy page.
    let more = step();
    while (more && deadline !== null && !deadline.didTimeout && deadline.timeRemaining() > MIN_IDLE_MS) more = step();
    if (more) schedule();
  };
  schedule();
  return () => {
    stopped = true;
    if (idle) window.cancelIdleCallback(handle);
    else window.clearTimeout(handle);
  };
}
