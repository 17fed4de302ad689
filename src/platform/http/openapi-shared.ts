import { z } from '@hono/zod-openapi';

/** RFC 9457 problem details, as every error response is shaped. */
export const ZProblem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string(),
    errors: z
      .array(
        z.object({
          field: z.string(),
          problem: z.string().describe('in plain English'),
          code: z.string().describe('stable: the wording with its variable parts lifted out, for translation'),
          params: z.record(z.string(), z.string()).describe('the lifted parts: value, line, n, m, k'),
        }),
      )
      .optional(),
    notes: z.array(z.string()).optional().describe('what an import left out or could not read, given with a refusal too'),
  })
  .openapi('Problem');

/**
 * A named schema or null, for what the server answers. `.nullable()` on a named schema comes out
 * of the document generator as `allOf: [$ref, {type: [..., 'null']}]`, which no null satisfies
 * (a client generated from it drops the null), or as the named schema itself made nullable; a
 * union comes out as `anyOf: [$ref, {type: 'null'}]`, which says what is sent.
 */
export const orNull = <T extends z.ZodType>(schema: T) => z.union([schema, z.null()]);

export const jsonContent = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { 'application/json': { schema } },
  description,
});

export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  content: { 'application/json': { schema } },
  required: true,
});

export const ZIdParam = z.object({ id: z.uuid('must be an id (UUID)') });
