// The first code a worker of run-isolated.ts runs: Tend is TypeScript run through tsx, which a
// worker thread does not inherit, so the worker registers it before importing the module asked for.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

// A worker started ahead of need (run-isolated.ts, `warm`) loads its module and then waits for
// its one input; 'ready' is said only once there is an input and the module is loaded, so the
// budget is counted from then either way.
register();
const { moduleUrl, exportName } = workerData;
const target = await import(moduleUrl);
const input = 'input' in workerData ? workerData.input : await new Promise((resolve) => parentPort.once('message', (message) => resolve(message.input)));
parentPort.postMessage({ kind: 'ready' });
try {
  parentPort.postMessage({ kind: 'done', value: await target[exportName](input) });
} catch (error) {
  parentPort.postMessage({ kind: 'threw', message: error instanceof Error ? error.message : String(error) });
}
