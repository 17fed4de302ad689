import type { RouteConfig } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { AppError } from './errors.js';
import { jsonTextProblems, lineProblems } from './input-checks.js';

/** A JSON body of the API is at most 1 MB: the largest real one (a questionnaire) is a few kB. */
export const MAX_JSON_BYTES = 1024 * 1024;
/**
 * The most any request may send (the largest route limit: the people import, whose 100 MB of
 * file text may double when escaped as JSON, plus 1 MB). Checked on Content-Length before
 * routing, as a backstop; each route's own limit (1 MB for most) is checked as its body arrives.
 */
export const MAX_ANY_BODY_BYTES = 201 * 1024 * 1024;

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

export const tooLarge = (maxBytes: number) =>
  new AppError(413, 'too-large', `The request is larger than ${megabytes(maxBytes)}.`, [
    { field: 'body', problem: `must be at most ${megabytes(maxBytes)}` },
  ]);

const mediaTypeOf = (contentType: string | undefined) => (contentType ?? '').split(';')[0]!.trim().toLowerCase();
const isJsonMediaType = (mediaType: string) => /^application\/([\w.-]+\+)?json$/.test(mediaType);

/** Reads a body, counting as it arrives: stops at maxBytes + 1, so a huge body is never held. */
async function readLimited(request: Request, maxBytes: number): Promise<string> {
  const declared = Number(request.headers.get('content-length') ?? 'NaN');
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Options a route may give `guarded` about its input. */
export interface InputOptions {
  /** The most a JSON body may hold (default MAX_JSON_BYTES): the CSV imports allow more. */
  maxJsonBytes?: number;
}

/**
 * Runs before a route's validators (after its access rule): path parameters free of control
 * characters; a body only of a content type the route declares (else 415); a JSON body read
 * within its size limit (else 413), parsed (else 400 naming the problem) and free of control
 * characters (400 naming each field). The parsed text is left in Hono's body cache, so the
 * validator reads it from there and the body is read once.
 */
export function inputGuard(config: RouteConfig, options: InputOptions = {}): MiddlewareHandler {
  const body = config.request?.body;
  const declared = Object.keys(body?.content ?? {}).map((type) => type.toLowerCase());
  const maxJsonBytes = options.maxJsonBytes ?? MAX_JSON_BYTES;
  return async (c, next) => {
    const paramProblems = lineProblems(c.req.param() as Record<string, string>);
    if (paramProblems.length > 0) throw new AppError(400, 'validation', 'The address has parts that need attention.', paramProblems);
    if (!body) return next();

    const contentType = c.req.header('content-type');
    const mediaType = mediaTypeOf(contentType);
    if (!contentType) {
      // a route whose body is optional may be called without one
      if (!body.required) return next();
      throw new AppError(415, 'unsupported-media-type', `Send the request body as ${declared.join(' or ')}.`, [
        { field: 'body', problem: `needs a Content-Type header: ${declared.join(' or ')}` },
      ]);
    }
    if (!declared.includes(mediaType)) {
      throw new AppError(415, 'unsupported-media-type', `Send the request body as ${declared.join(' or ')}.`, [
        { field: 'body', problem: `is ${mediaType || 'of no type'}; this address takes ${declared.join(' or ')}` },
      ]);
    }
    if (!isJsonMediaType(mediaType)) return next(); // multipart: the route limits and reads its own file

    const text = await readLimited(c.req.raw, maxJsonBytes);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      const reason = text.trim() === '' ? 'is empty' : `is not valid JSON (${error instanceof Error ? error.message : 'unreadable'})`;
      throw new AppError(400, 'malformed-json', 'The request body is not valid JSON.', [{ field: 'body', problem: reason }]);
    }
    const problems = jsonTextProblems(parsed);
    if (problems.length > 0) throw new AppError(400, 'validation', 'The request has fields that need attention.', problems);
    // Hono keeps the promise of the read body here (its type says string), for the validator;
    // a fresh request carries the same text for any middleware that reads the raw body again
    (c.req.bodyCache as Record<string, unknown>).text = Promise.resolve(text);
    c.req.raw = new Request(c.req.raw.url, { method: c.req.raw.method, headers: c.req.raw.headers, body: text });
    return next();
  };
}

/**
 * For every /api request, before the session is read: a declared body over the largest limit is
 * refused unread, and the query string must be free of control characters (every route's).
 */
export function apiInputGuard(): MiddlewareHandler {
  return async (c, next) => {
    // answers of the API are about one person or one organisation: no cache may keep them
    // (set before the checks too, so a refusal made here carries it)
    c.header('cache-control', 'no-store');
    const declared = Number(c.req.header('content-length') ?? 'NaN');
    if (Number.isFinite(declared) && declared > MAX_ANY_BODY_BYTES) throw tooLarge(MAX_ANY_BODY_BYTES);
    const problems = lineProblems(c.req.queries() as Record<string, string[]>);
    if (problems.length > 0) throw new AppError(400, 'validation', 'The query has parameters that need attention.', problems);
    await next();
    c.header('cache-control', 'no-store');
  };
}
