import { z } from '@hono/zod-openapi';
import { beforeAll, describe, expect, it } from 'vitest';
import { installPlainMessages } from './plain-messages.js';

/** Schemas without messages of their own answer in Tend's words, not zod's. */
const problemOf = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('expected a problem');
  return result.error.issues[0]!.message;
};

beforeAll(() => installPlainMessages());

describe('plain messages', () => {
  it.each([
    ['a missing field', z.object({ name: z.string() }), {}, 'is required'],
    ['a wrong type', z.number(), 'x', 'must be a number'],
    ['empty text', z.string().min(1), '', 'must not be empty'],
    ['short text', z.string().min(8), 'abc', 'must be at least 8 characters'],
    ['long text', z.string().max(3), 'abcd', 'must be at most 3 characters'],
    ['a small number', z.number().int().min(1), 0, 'must be 1 or more'],
    ['a big number', z.number().max(10), 11, 'must be 10 or less'],
    ['an empty list', z.array(z.string()).min(1), [], 'must not be empty'],
    ['an email', z.email(), 'nope', 'must be an email address, like name@example.org'],
    ['an id', z.uuid(), 'nope', 'must be an id (a UUID)'],
    ['a choice', z.enum(['a', 'b']), 'c', 'must be one of the choices: a, b'],
    ['an unknown field', z.strictObject({ a: z.string() }), { a: 'x', description: 'y' }, 'has fields it does not take: description'],
  ])('%s', (_name, schema, value, message) => {
    expect(problemOf(schema as z.ZodType, value)).toBe(message);
  });

  it("never replaces a schema's own message", () => {
    expect(problemOf(z.string().min(1, 'write a title'), '')).toBe('write a title');
  });
});
