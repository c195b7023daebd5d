/** Timing helpers for benchmarks: best of N runs, so a stray GC or the other core's load counts less. */
export function bestOf(runs: number, fn: () => void): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

export async function bestOfAsync(runs: number, fn: () => Promise<void>): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/** The one line format every benchmark prints (read by `npm run bench` and quoted in notes). */
export function report(name: string, workMs: number, floorMs: number, goal: number, extra = ''): void {
  const ratio = workMs / floorMs;
  console.log(`BENCH ${name}: ratio ${ratio.toFixed(2)}x (work ${workMs.toFixed(1)} ms, floor ${floorMs.toFixed(1)} ms, goal <= ${goal}x)${extra ? ' ' + extra : ''}`);
}
