// Records the SQL that every pg client of this process sends (Tend's pool and the baseline's), so
// the run can say how many statements each server sends for the same request.
import pg from 'pg';

export interface TracedQuery {
  text: string;
  values: readonly unknown[];
}

let recording: TracedQuery[] | undefined;
const query = pg.Client.prototype.query;

// pg calls Client#query(text, values?, callback?) or Client#query({ text, values, … }, callback?)
pg.Client.prototype.query = function traced(this: pg.Client, ...args: unknown[]) {
  if (recording) {
    const [first, second] = args;
    if (typeof first === 'string') recording.push({ text: first, values: Array.isArray(second) ? second : [] });
    else if (typeof first === 'object' && first !== null && 'text' in first) {
      // drizzle passes the values beside the config: query({ text, rowMode }, values)
      const config = first as { text: string; values?: unknown[] };
      recording.push({ text: config.text, values: config.values ?? (Array.isArray(second) ? second : []) });
    }
  }
  return (query as (...a: unknown[]) => unknown).apply(this, args);
} as typeof pg.Client.prototype.query;

/** Runs `action` and returns every statement sent while it ran (nothing else may query meanwhile). */
export async function traceSql(action: () => Promise<unknown>): Promise<TracedQuery[]> {
  if (recording) throw new Error('traceSql does not nest');
  const seen: TracedQuery[] = [];
  recording = seen;
  try {
    await action();
  } finally {
    recording = undefined;
  }
  return seen;
}
