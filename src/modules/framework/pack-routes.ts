import { z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { signedIn } from '../../platform/access/policy.js';
import type { AppDeps } from '../../platform/deps.js';
import { type AppEnv, guarded } from '../../platform/http/route.js';
import { jsonContent } from '../../platform/http/openapi-shared.js';
import { FRAMEWORK_PACK } from './framework-pack.js';
import { ZLevel } from './model.js';

/*
 * The pack as the web app reads it. The content module's pack schema is the authority on the
 * format (it validates the file); these schemas only describe the response in the API document.
 */
const ZText = z.record(z.string(), z.string()).openapi('PackText', { description: 'one string per locale of the pack' });
const ZAnswer = z
  .object({
    type: z.enum(['text', 'yes-no', 'level', 'choice']),
    multiple: z.boolean().optional(),
    options: z.array(z.object({ id: z.string(), text: ZText })).optional(),
  })
  .openapi('PackAnswer');
const ZQuestion = z
  .object({ id: z.string(), text: ZText, help: ZText.optional(), source: z.array(z.string()), answer: ZAnswer })
  .openapi('PackQuestion');
const ZStatement = z.object({ id: z.string(), audience: z.enum(['all', 'managers', 'child-family']), text: ZText, source: z.array(z.string()) });
const ZPackLevel = z
  .object({
    id: ZLevel,
    order: z.number(),
    name: ZText,
    forWhom: ZText,
    source: z.array(z.string()),
    knowledge: z.array(ZStatement),
    skills: z.array(ZStatement),
    exampleRoles: z.array(z.object({ id: z.string(), name: ZText, source: z.array(z.string()) })),
  })
  .openapi('PackLevel');
const ZQuestionSet = z.object({ source: z.array(z.string()), questions: z.array(ZQuestion) });

const ZFrameworkPack = z
  .object({
    id: z.string(),
    version: z.string(),
    kind: z.literal('framework'),
    locales: z.array(z.string()),
    title: ZText,
    summary: ZText,
    source: z.array(z.string()),
    body: z.object({
      startsWith: ZLevel,
      levels: z.array(ZPackLevel),
      placement: z.object({ source: z.array(z.string()), questions: z.array(ZQuestion), guidance: ZText }),
      needsAssessment: ZQuestionSet,
      selfAssessment: ZQuestionSet,
      trainingQuality: ZQuestionSet,
    }),
  })
  .openapi('FrameworkPack');

/** The practice framework pack itself, for the web app's framework, placement and needs pages. */
export function registerPackRoutes(app: OpenAPIHono<AppEnv>, _deps: AppDeps) {
  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/framework',
      tags: ['Framework'],
      summary: 'The practice framework: levels with knowledge and skills, example roles, placement and needs questions',
      responses: { 200: jsonContent(ZFrameworkPack, 'The framework pack, texts in every locale it carries') },
    }),
    (c) => {
      const { $schema: _schema, ...pack } = FRAMEWORK_PACK.pack as Record<string, unknown>;
      // the pack file is validated by the content module; the response schema only documents it
      return c.json(pack as z.infer<typeof ZFrameworkPack>, 200, { 'cache-control': 'private, max-age=300' });
    },
  );
}
