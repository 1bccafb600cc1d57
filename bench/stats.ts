/** Timing helpers shared by the benchmark's parts: medians over repeated runs, and the line-split baseline. */

/** The median of `values` (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Runs `work` once to warm up, then `runs` times; the median wall time in milliseconds. */
export function medianMs(runs: number, work: () => unknown): number {
  work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** As `medianMs`, for work that completes asynchronously. */
export async function medianMsAsync(runs: number, work: (run: number) => Promise<unknown>): Promise<number> {
  await work(-1);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work(i);
    times.push(performance.now() - start);
  }
  return median(times);
}

/** The one regular expression of the baseline: a property header, as a plain line scanner would look for it. */
export const BASELINE_PATTERN = /^\s*[A-Z][A-Z0-9_]*_PROP_ID\(\d+\)/;

/**
 * The baseline every figure is divided by: split the text into lines and test each line against one regular
 * expression. It is the least any line-oriented tool must do, so the ratios stay meaningful on a noisy machine.
 */
export function lineSplitBaseline(text: string): number {
  let hits = 0;
  for (const line of text.split(/\r\n|\r|\n/)) if (BASELINE_PATTERN.test(line)) hits++;
  return hits;
}
