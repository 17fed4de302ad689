/**
 * The one way the web app talks to the server: JSON in and out, the session's CSRF token on
 * every change, and RFC 9457 problem+json turned into an ApiError the forms can show.
 */
import i18next from 'i18next';
import type { Schemas } from './schema';

type Problem = Schemas['Problem'];

/** One field's problem, as the server names it (`email`, `rows.3.startDate`). */
export type FieldProblem = NonNullable<Problem['errors']>[number];

/** A refused or failed request: `code` is the last part of the problem's `type`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    readonly problems: FieldProblem[] = [],
    /** What an import left out or could not read, given with its refusal. */
    readonly notes: string[] = [],
  ) {
    super(title);
  }

  /** Problems keyed by field; the first problem of a field wins. */
  get fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const p of this.problems) out[p.field] ??= p.problem;
    return out;
  }
}

// Kept in memory only: a token in localStorage would outlive the session and be readable by any script.
let csrfToken: string | null = null;
let language = 'en';
let onSessionEnded: () => void = () => {};

export const setCsrfToken = (token: string | null) => {
  csrfToken = token;
};
/** The language the server should answer in, when it can. */
export const setApiLanguage = (lng: string) => {
  language = lng;
};
/** Called when a request finds the session over (idle or absolute timeout, or signed out elsewhere). */
export const setSessionEndedHandler = (handler: () => void) => {
  onSessionEnded = handler;
};

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  /** A multipart body (a file upload): the browser sets its content type. */
  form?: FormData;
  /** For the session check itself: a 401 there just means "not signed in". */
  quietUnauthenticated?: boolean;
}

/** Calls the API; resolves to the parsed JSON body (undefined when there is none), or throws ApiError. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json', 'accept-language': language };
  if (method !== 'GET') {
    if (!options.form) headers['content-type'] = 'application/json';
    if (csrfToken) headers['x-csrf-token'] = csrfToken;
  }
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.form ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
    });
  } catch {
    throw new ApiError(0, 'network', 'network');
  }
  if (response.ok) {
    // 204, and 202 without a body (a reset request), carry nothing; 202 from an import carries its job id
    const text = response.status === 204 ? '' : await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }
  const error = await toApiError(response);
  // sign-in's own 401 ("that email and password do not match") is an answer, not an ended session
  if (error.status === 401 && error.code === 'unauthenticated' && !options.quietUnauthenticated) onSessionEnded();
  throw error;
}

async function toApiError(response: Response): Promise<ApiError> {
  try {
    // read defensively: a proxy in front of the server may answer with something else
    const body = (await response.json()) as Partial<Problem>;
    const code = body.type?.split('/').pop() ?? `http-${response.status}`;
    const notes = Array.isArray(body.notes) ? body.notes.filter((n): n is string => typeof n === 'string') : [];
    // the server's field problems are said in the page's language: their texts come with the first refusal
    if (Array.isArray(body.errors) && body.errors.length > 0) await i18next.loadNamespaces('server-problems').catch(() => undefined);
    return new ApiError(response.status, code, body.title ?? response.statusText, Array.isArray(body.errors) ? body.errors : [], notes);
  } catch {
    return new ApiError(response.status, `http-${response.status}`, response.statusText);
  }
}
