/**
 * A tiny seeded PRNG (mulberry32) for the fuzz and property tests: the same seed gives the same cases on
 * every machine. `FUZZ_SEED=<n>` overrides the fixed default; every failure message carries the seed.
 */

/** The seed this run uses: FUZZ_SEED from the environment, else a fixed default so CI is repeatable. */
export const fuzzSeed: number = readSeed(process.env.FUZZ_SEED);

function readSeed(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return 0x5eed_2024;
  const n = Number(raw);
  if (!Number.isFinite(n)) throw new Error(`FUZZ_SEED must be a number, not "${raw}"`);
  return n >>> 0;
}

/** A deterministic stream of random choices. */
export class Random {
  private state: number;

  constructor(readonly seed: number) {
    this.state = seed >>> 0;
  }

  /** A child stream for case `n`: cases stay reproducible one by one, whatever ran before them. */
  fork(n: number): Random {
    return new Random((Math.imul(this.seed ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(n + 1, 0xc2b2ae35)) >>> 0);
  }

  /** A float in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)];
  }

  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  }

  /** One UTF-16 code unit from anywhere in [0, 0xffff]: lone surrogates and controls included. */
  codeUnit(): string {
    return String.fromCharCode(this.int(0, 0xffff));
  }

  /** One code point from the full Unicode range (astral ones as a surrogate pair). */
  codePoint(): string {
    return String.fromCodePoint(this.int(0, 0x10ffff));
  }
}

/** Runs `body`; a failure is rethrown with what reproduces it (seed, case, description). */
export function withSeed<T>(what: string, random: Random, body: () => T): T {
  try {
    return body();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const wrapped = new Error(`${what} [FUZZ_SEED=${fuzzSeed}, case seed ${random.seed}]: ${message}`);
    if (error instanceof Error && error.stack) wrapped.stack = `${wrapped.message}\n${error.stack}`;
    throw wrapped;
  }
}
