import { Worker } from 'node:worker_threads';

/**
 * Runs one exported function of a module in a worker thread with a time and memory budget, for
 * work whose cost the caller cannot bound by looking at its input: evaluating FHIRPath written by
 * someone else (an imported Questionnaire's expressions) can be made to take minutes or exhaust
 * memory, and a synchronous evaluation cannot be interrupted on the server's own thread. The worker
 * is stopped when the budget runs out; the server never waits longer than that.
 *
 * The function receives and returns structured-cloneable values (Maps and Sets are fine).
 */

export interface Budget {
  /** How long the function may run, counted once its module is loaded. */
  timeoutMs: number;
  /** The worker's heap; allocating beyond it stops the worker. */
  memoryMb: number;
}

export type IsolatedResult<T> =
  | { ok: true; value: T }
  | { ok: false; reason: 'timeout' | 'memory' | 'threw'; message: string };

const BOOT = new URL('./isolate-boot.mjs', import.meta.url);
/** Loading a module through tsx in a fresh worker takes about half a second; a slow machine gets more. */
const LOAD_MS = 30_000;

const limitsOf = (budget: Budget) => ({ maxOldGenerationSizeMb: budget.memoryMb, maxYoungGenerationSizeMb: Math.max(8, Math.round(budget.memoryMb / 8)) });

/**
 * Workers started ahead of need, one per module, function and memory budget: each has loaded its
 * module and waits for an input; it is used once and stopped like any other. Idle, it does not
 * keep the process alive; one that fails or stops while idle is forgotten.
 */
const spares = new Map<string, Worker>();
const spareKey = (moduleUrl: URL, exportName: string, budget: Budget) => `${moduleUrl.href}#${exportName}#${budget.memoryMb}`;

function startSpare(moduleUrl: URL, exportName: string, budget: Budget) {
  const key = spareKey(moduleUrl, exportName, budget);
  if (spares.has(key)) return;
  const worker = new Worker(BOOT, { workerData: { moduleUrl: moduleUrl.href, exportName }, resourceLimits: limitsOf(budget) });
  worker.unref();
  const forget = () => {
    if (spares.get(key) === worker) spares.delete(key);
  };
  worker.on('error', forget);
  worker.on('exit', forget);
  spares.set(key, worker);
}

function takeSpare(moduleUrl: URL, exportName: string, budget: Budget, input: unknown): Worker | undefined {
  const key = spareKey(moduleUrl, exportName, budget);
  const worker = spares.get(key);
  if (!worker) return undefined;
  spares.delete(key);
  worker.removeAllListeners();
  worker.ref();
  worker.postMessage({ input });
  return worker;
}

/**
 * `warm`: once this run is over, start the next worker for the same module and function, so the
 * next run finds its module loaded (for work asked for again and again, such as the workforce
 * figures' gate; loading a module through tsx takes about half a second). Each worker still runs
 * one input only, within the same budget, counted from when it has its input and its module.
 */
export function runIsolated<T>(moduleUrl: URL, exportName: string, input: unknown, budget: Budget, options: { warm?: boolean } = {}): Promise<IsolatedResult<T>> {
  return new Promise((resolve, reject) => {
    const worker =
      (options.warm ? takeSpare(moduleUrl, exportName, budget, input) : undefined) ??
      new Worker(BOOT, { workerData: { moduleUrl: moduleUrl.href, exportName, input }, resourceLimits: limitsOf(budget) });
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      outcome();
      if (options.warm) startSpare(moduleUrl, exportName, budget);
    };
    let timer = setTimeout(() => finish(() => reject(new Error(`${exportName}: its module did not load within ${LOAD_MS} ms`))), LOAD_MS);
    worker.on('message', (message: { kind: 'ready' } | { kind: 'done'; value: T } | { kind: 'threw'; message: string }) => {
      if (message.kind === 'ready') {
        clearTimeout(timer);
        timer = setTimeout(() => finish(() => resolve({ ok: false, reason: 'timeout', message: `took longer than ${budget.timeoutMs} ms` })), budget.timeoutMs);
      } else if (message.kind === 'done') finish(() => resolve({ ok: true, value: message.value }));
      else finish(() => resolve({ ok: false, reason: 'threw', message: message.message }));
    });
    worker.on('error', (error: Error & { code?: string }) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') finish(() => resolve({ ok: false, reason: 'memory', message: `needed more than ${budget.memoryMb} MB` }));
      else finish(() => reject(error));
    });
    worker.on('exit', (code) => finish(() => reject(new Error(`${exportName}: the worker stopped (exit code ${code}) without an answer`))));
  });
}
