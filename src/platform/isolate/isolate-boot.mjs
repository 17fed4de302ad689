// The first code a worker of run-isolated.ts runs: Tend is TypeScript run through tsx, which a
// worker thread does not inherit, so the worker registers it before importing the module asked for.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { moduleUrl, exportName, input } = workerData;
const target = await import(moduleUrl);
parentPort.postMessage({ kind: 'ready' });
try {
  parentPort.postMessage({ kind: 'done', value: await target[exportName](input) });
} catch (error) {
  parentPort.postMessage({ kind: 'threw', message: error instanceof Error ? error.message : String(error) });
}
