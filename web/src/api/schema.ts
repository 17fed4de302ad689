/**
 * The server's API types, as the web app reads them: every named schema, and the JSON body a
 * path and method take and answer. All come from generated/openapi.ts (made from the server's
 * OpenAPI document by `npm run api:types`), so a changed route shows here as a type error instead
 * of a page that breaks at run time.
 */
import type { components, paths } from './generated/openapi';

export type Schemas = components['schemas'];

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

/** The JSON body a route answers with, for one status (200 unless said). */
export type ResponseOf<P extends keyof paths, M extends Method & keyof paths[P], S extends number = 200> = paths[P][M] extends {
  responses: infer Responses;
}
  ? S extends keyof Responses
    ? Json<Responses[S]>
    : never
  : never;

/** The JSON body a route takes. */
export type RequestOf<P extends keyof paths, M extends Method & keyof paths[P]> = paths[P][M] extends { requestBody?: infer Body } ? Json<NonNullable<Body>> : never;

/** A route's query parameters. */
export type QueryOf<P extends keyof paths, M extends Method & keyof paths[P]> = paths[P][M] extends { parameters: { query?: infer Query } } ? NonNullable<Query> : never;
