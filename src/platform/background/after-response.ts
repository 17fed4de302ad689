/**
 * Work that must not delay (or be timed through) an answer: started after the handler returns
 * its response, never awaited by the request, and every failure logged (never an unhandled
 * rejection). Tests await `settleAfterResponse()` to see its effects.
 */
const pending = new Set<Promise<void>>();

export function runAfterResponse(what: string, task: () => Promise<void>, log: (message: string) => void): void {
  const run = new Promise<void>((resolve) => setImmediate(resolve))
    .then(task)
    .catch((error: unknown) => log(`${what} failed: ${error instanceof Error ? error.message : String(error)}`))
    .finally(() => pending.delete(run));
  pending.add(run);
}

/** Resolves once every task started so far has finished (for tests and orderly shutdown). */
export async function settleAfterResponse(): Promise<void> {
  while (pending.size > 0) await Promise.all([...pending]);
}
