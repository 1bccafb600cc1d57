/** Sliced computations: generators that yield between slices of work, so the server can answer other requests. */

/** Runs a sliced computation to its end, without pausing. */
export function finish<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Drives `steps`, turning every throw into `fallback(error)`: the guarded form of a sliced parse. Yields
 * where `steps` yields.
 */
export function* guardedSlices<T>(steps: Generator<void, T>, fallback: (error: unknown) => T): Generator<void, T> {
  for (;;) {
    let step: IteratorResult<void, T>;
    try {
      step = steps.next();
    } catch (error) {
      return fallback(error);
    }
    if (step.done) return step.value;
    yield;
  }
}
