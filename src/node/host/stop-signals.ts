/**
 * Calls `stop` once when the process is asked to end: SIGINT, SIGTERM, and,
 * for a supervisor that owns the host (a test runner, a service wrapper) and
 * passes `stopOnStdinClose`, when its end of our stdin closes: when it goes
 * away, however it goes, so does the host.
 */
export function onStopRequest(stop: () => void, stopOnStdinClose: boolean): void {
  let asked = false;
  const once = () => {
    if (asked) return;
    asked = true;
    stop();
  };
  process.once('SIGINT', once);
  process.once('SIGTERM', once);
  if (stopOnStdinClose) {
    process.stdin.on('end', once);
    process.stdin.on('error', once);
    process.stdin.resume();
  }
}
