// A small closed-loop load generator: exactly `connections` requests in flight (one per
// keep-alive socket), for a warm-up that is not recorded and then a measured window. It runs in
// a worker thread of its own, so it does not share the event loop of the server it measures.
import { Agent, type IncomingHttpHeaders, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

export interface LoadRequest {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  /** The request body; each `{n}` becomes the request's number (e.g. in a name). */
  body?: string;
}

export interface LoadOptions {
  port: number;
  connections: number;
  warmupSeconds: number;
  seconds: number;
}

export interface LoadRun {
  /** Latencies in milliseconds of the 2xx responses completed in the measured window. */
  latencies: number[];
  /** Non-2xx responses and failed requests in the measured window. */
  errors: number;
  /** One example of an error, to say what went wrong. */
  errorSample: string | undefined;
  /** Length of the measured window in seconds. */
  seconds: number;
}

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

let sent = 0;

function send(agent: Agent, port: number, req: LoadRequest): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const body = req.body?.replaceAll('{n}', String(++sent));
    const headers = body === undefined ? req.headers : { ...req.headers, 'content-length': String(Buffer.byteLength(body)) };
    const outgoing = request({ agent, host: '127.0.0.1', port, method: req.method, path: req.path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/** One request, for checking what a server answers before loading it. */
export async function sendOnce(port: number, req: LoadRequest): Promise<Answer> {
  const agent = new Agent({ keepAlive: false });
  try {
    return await send(agent, port, req);
  } finally {
    agent.destroy();
  }
}

/**
 * What one connection sends: the same request again and again, or a walk through a list, each
 * request sent once (e.g. a survey each person answers once). A connection whose list runs out
 * before the window ends stops and counts one error, so a run that ran short is never read as
 * a measure.
 */
export type ConnectionRequests = LoadRequest | LoadRequest[];

/**
 * Keeps `connections` requests in flight until the warm-up and the measured window are over.
 * Connection i sends requests[i % requests.length] (one request for all, or one per connection,
 * e.g. each with a session of its own), over a keep-alive socket of its own.
 */
async function runLoad(options: LoadOptions, requests: ConnectionRequests[]): Promise<LoadRun> {
  if (requests.length === 0) throw new Error('runLoad needs at least one request');
  const agents = Array.from({ length: options.connections }, () => new Agent({ keepAlive: true, maxSockets: 1 }));
  const started = performance.now();
  const measureFrom = started + options.warmupSeconds * 1000;
  const measureUntil = measureFrom + options.seconds * 1000;
  const latencies: number[] = [];
  let errors = 0;
  let errorSample: string | undefined;
  let lastDone = measureFrom;

  const worker = async (connection: number) => {
    const agent = agents[connection]!;
    const given = requests[connection % requests.length]!;
    let walked = 0;
    while (performance.now() < measureUntil) {
      const req = Array.isArray(given) ? given[walked++] : given;
      if (!req) {
        errors++;
        errorSample ??= `connection ${connection} ran out of requests (${walked - 1}) before the window ended`;
        break;
      }
      const t0 = performance.now();
      let ok = false;
      let problem = '';
      try {
        const res = await send(agent, options.port, req);
        ok = res.status >= 200 && res.status < 300;
        if (!ok) problem = `${res.status} ${res.body.slice(0, 200)}`;
      } catch (error) {
        problem = error instanceof Error ? error.message : String(error);
      }
      const t1 = performance.now();
      // a request counts when it started inside the measured window
      if (t0 < measureFrom) continue;
      lastDone = Math.max(lastDone, t1);
      if (ok) latencies.push(t1 - t0);
      else {
        errors++;
        errorSample ??= problem;
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: options.connections }, (_, connection) => worker(connection)));
  } finally {
    for (const agent of agents) agent.destroy();
  }
  return { latencies, errors, errorSample, seconds: (lastDone - measureFrom) / 1000 };
}

/** runLoad in a worker thread: the load does not compete with the server for this event loop. */
export function runLoadInWorker(options: LoadOptions, requests: ConnectionRequests[], signal?: AbortSignal): Promise<LoadRun> {
  return new Promise((resolve, reject) => {
    // the worker loads this TypeScript file through tsx, as `npm run bench` loads run.ts
    const start = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(import.meta.url)}); })`;
    const worker = new Worker(start, { eval: true, workerData: { benchLoad: { options, requests } } });
    // stopping the run: end the load at once, before the servers and the database go
    const stop = () => void worker.terminate();
    signal?.addEventListener('abort', stop, { once: true });
    worker.once('message', (run: LoadRun) => resolve(run));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      signal?.removeEventListener('abort', stop);
      reject(new Error(`the load worker exited (${code}) without a result`));
    });
  });
}

if (!isMainThread && parentPort && workerData?.benchLoad) {
  const { options, requests } = workerData.benchLoad as { options: LoadOptions; requests: ConnectionRequests[] };
  const port = parentPort;
  void runLoad(options, requests).then((run) => port.postMessage(run));
}

export interface LoadSummary {
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
  errorSample: string | undefined;
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Throughput over all runs together, and percentiles over all their latencies. */
export function summarise(runs: LoadRun[]): LoadSummary {
  const sorted = Float64Array.from(runs.flatMap((r) => r.latencies)).sort();
  const seconds = runs.reduce((sum, r) => sum + r.seconds, 0);
  return {
    requests: sorted.length,
    perSecond: seconds > 0 ? sorted.length / seconds : 0,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    errors: runs.reduce((sum, r) => sum + r.errors, 0),
    errorSample: runs.find((r) => r.errorSample)?.errorSample,
  };
}
