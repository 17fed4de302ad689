/**
 * Progress reports come from inside a long transaction, often many a second; each write is a
 * round trip on another connection. This passes on at most one report per `intervalMs` (the
 * first at once), in order, one write at a time; `flush` waits for the writes under way.
 * A failed write is handed to `onError` and does not stop the work.
 */
export function throttleProgress(
  write: (done: number) => Promise<void>,
  options: { intervalMs?: number; now?: () => number; onError?: (error: unknown) => void } = {},
) {
  const intervalMs = options.intervalMs ?? 250;
  const now = options.now ?? Date.now;
  let last = Number.NEGATIVE_INFINITY;
  let chain: Promise<void> = Promise.resolve();
  return {
    report(done: number): void {
      const t = now();
      if (t - last < intervalMs) return;
      last = t;
      chain = chain.then(() => write(done)).catch((error: unknown) => options.onError?.(error));
    },
    flush: (): Promise<void> => chain,
  };
}
