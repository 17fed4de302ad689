import { z } from 'zod';
import { jsonPath } from './json-path.js';
import type { TText } from './pack-schema.js';
import { type IssueSink, isRecord, listAt, nonEmptyArray, obj, ZId, ZSources } from './pack-schema-parts.js';

/**
 * The body of kind "coping" (PACK-FORMAT.md, "kind: coping"): the library of strategies a worker
 * builds their coping plan from. Content, not code, so that an organisation or a translator can
 * bring a better library without a release. Built by pack-schema.ts for one kind of text.
 */

/** What a strategy works through; the web groups and labels by it. */
export const COPING_KINDS = ['grounding', 'breathing', 'self-talk', 'peer', 'boundaries', 'movement', 'rest', 'transition', 'connection', 'creative'] as const;
/** The three parts of a coping plan: before, during and after contact with someone's trauma. */
export const PLAN_PARTS = ['before', 'during', 'after'] as const;

export function copingSchemas(text: z.ZodType<TText>, name: <T extends z.ZodType>(schema: T, id: string) => T) {
  const strategy = name(
    obj({
      id: ZId.describe('kept for good: coping plans refer to it'),
      kind: z.enum(COPING_KINDS),
      when: nonEmptyArray(z.enum(PLAN_PARTS), 'part of the plan').describe('the parts of a coping plan it suits best'),
      title: text,
      description: text,
      source: ZSources,
    }),
    'Strategy',
  );
  const body = obj({ strategies: nonEmptyArray(strategy, 'strategy') });
  return { body, strategy };
}

/** Strategy ids are unique in the pack (a plan names one), and a part of the plan is listed once. */
export function checkCoping(pack: unknown, ctx: IssueSink): void {
  const strategies = listAt(isRecord(pack) ? pack.body : undefined, 'strategies');
  const seen = new Map<string, number>();
  strategies.forEach((strategy, i) => {
    if (!isRecord(strategy)) return;
    const path = ['body', 'strategies', i];
    if (typeof strategy.id === 'string') {
      const first = seen.get(strategy.id);
      if (first !== undefined) ctx.addIssue({ code: 'custom', message: `id "${strategy.id}" is already used at ${jsonPath(['body', 'strategies', first, 'id'])}`, path: [...path, 'id'] });
      else seen.set(strategy.id, i);
    }
    if (Array.isArray(strategy.when) && new Set(strategy.when).size !== strategy.when.length) {
      ctx.addIssue({ code: 'custom', message: 'a part of the plan is listed twice', path: [...path, 'when'] });
    }
  });
}
