import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { signedIn } from '../../platform/access/policy.js';
import type { AppDeps } from '../../platform/deps.js';
import { AppError, badRequest, notFound } from '../../platform/http/errors.js';
import { ZProblem, jsonBody, jsonContent } from '../../platform/http/openapi-shared.js';
import { type AppEnv, guarded, requireActor } from '../../platform/http/route.js';
import { requireCriterion } from './cycle-lookups.js';
import { addCriterionEvidence, commentOnCriterion } from './use-cases/evidence-use-cases.js';
import { loadEvidenceCycle, loadReview } from './use-cases/load-resource.js';
import { attachmentHeader } from '../../platform/http/file-content.js';
import { checkEvidenceFile, MAX_EVIDENCE_BYTES } from './evidence-file.js';
import { ZCommentInput, ZEvidenceJson } from './model.js';
import { presentEvidence, ZCriterionParams, ZEvidence } from './present.js';
import { commentsOf, type EvidenceInput, evidenceFile } from './review-store.js';

const tooLarge = () => new AppError(413, 'too-large', 'The file is too large.', [{ field: 'file', problem: `must be at most ${MAX_EVIDENCE_BYTES / 1024 / 1024} MB` }]);
const ZFile = z.custom<File>((v) => v instanceof File, 'must be a file').openapi({ type: 'string', format: 'binary' });
const ZComment = z.object({ id: z.string(), body: z.string(), authorPersonId: z.string().nullable(), createdAt: z.string() }).openapi('CriterionComment');

/** Evidence (text, link or a checked file) and comments on a criterion of a team review. */
export function registerEvidenceRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const db = deps.database.db;

  app.openapi(
    guarded(signedIn, {
      method: 'post',
      path: '/api/v1/assessments/cycles/{id}/criteria/{criterionId}/evidence',
      tags: ['Assessments'],
      summary: 'Add evidence to a criterion: JSON text or http(s) link, or a file as multipart/form-data (pdf, png, jpeg, docx, xlsx, txt, csv; at most 5 MB)',
      // the limit is checked while the body arrives, before it is read into memory
      middleware: [bodyLimit({ maxSize: MAX_EVIDENCE_BYTES + 64 * 1024, onError: () => Promise.reject(tooLarge()) })],
      request: {
        params: ZCriterionParams,
        body: {
          content: { 'application/json': { schema: ZEvidenceJson }, 'multipart/form-data': { schema: z.object({ file: ZFile }) } },
          required: false,
        },
      },
      responses: {
        201: jsonContent(ZEvidence, 'Added'),
        400: jsonContent(ZProblem, 'Bad input, or a criterion not in this pack'),
        403: jsonContent(ZProblem, 'Not a contributor'),
        404: jsonContent(ZProblem, 'No such cycle you may see'),
        409: jsonContent(ZProblem, 'The cycle is closed'),
        413: jsonContent(ZProblem, 'The file is larger than 5 MB'),
      },
    }),
    async (c) => {
      const actor = requireActor(c);
      const { id, criterionId } = c.req.valid('param');
      const isForm = (c.req.header('content-type') ?? '').startsWith('multipart/form-data');
      let input: EvidenceInput;
      if (isForm) {
        const { file } = c.req.valid('form') as { file: File };
        if (file.size > MAX_EVIDENCE_BYTES) throw tooLarge();
        const content = Buffer.from(await file.arrayBuffer());
        const checked = checkEvidenceFile(file.name, content);
        if (!checked.ok) throw badRequest('The file cannot be kept as evidence.', [{ field: 'file', problem: checked.problem }]);
        input = { kind: 'file', fileName: checked.fileName, mediaType: checked.mediaType, content };
      } else {
        const json = c.req.valid('json') as Partial<z.infer<typeof ZEvidenceJson>>;
        if (json.kind === undefined) throw badRequest('Send evidence as JSON (text or link) or a file as multipart/form-data.', [{ field: 'body', problem: 'is missing' }]);
        input = json as z.infer<typeof ZEvidenceJson>;
      }
      const added = await addCriterionEvidence(db, actor, { cycleId: id, criterionId, evidence: input });
      return c.json(presentEvidence(id, added), 201);
    },
  );

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/assessments/cycles/{id}/criteria/{criterionId}/evidence/{evidenceId}/file',
      tags: ['Assessments'],
      summary: 'Download an evidence file (people who may see the cycle); always as an attachment',
      request: { params: ZCriterionParams.extend({ evidenceId: z.uuid('must be an id (UUID)') }) },
      responses: {
        200: { description: 'The file, as it was checked when added', content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } } },
        404: jsonContent(ZProblem, 'No such file in a cycle you may see'),
      },
    }),
    async (c) => {
      const actor = requireActor(c);
      const { id, criterionId, evidenceId } = c.req.valid('param');
      const cycle = await loadEvidenceCycle(db, actor, id, 'see');
      const file = await evidenceFile(db, actor.orgId, cycle.id, criterionId, evidenceId);
      if (!file?.content) throw notFound('The evidence file');
      // served as a download that the browser may not reinterpret: an uploaded file never runs as a page
      return c.body(new Uint8Array(file.content), 200, {
        'content-type': file.mediaType ?? 'application/octet-stream',
        'content-disposition': attachmentHeader(file.fileName ?? 'evidence'),
        'x-content-type-options': 'nosniff',
        'cache-control': 'private, no-store',
      });
    },
  );

  app.openapi(
    guarded(signedIn, {
      method: 'post',
      path: '/api/v1/assessments/cycles/{id}/criteria/{criterionId}/comments',
      tags: ['Assessments'],
      summary: 'Comment on a criterion (contributors and lead, while open)',
      request: { params: ZCriterionParams, body: jsonBody(ZCommentInput) },
      responses: {
        201: jsonContent(ZComment, 'Added'),
        400: jsonContent(ZProblem, 'Bad input, or a criterion not in this pack'),
        403: jsonContent(ZProblem, 'Not a contributor'),
        404: jsonContent(ZProblem, 'No such cycle you may see'),
        409: jsonContent(ZProblem, 'The cycle is closed'),
      },
    }),
    async (c) => {
      const actor = requireActor(c);
      const { id, criterionId } = c.req.valid('param');
      const { body } = c.req.valid('json');
      const comment = await commentOnCriterion(db, actor, { cycleId: id, criterionId, body });
      return c.json({ id: comment.id, body: comment.body, authorPersonId: comment.authorPersonId, createdAt: comment.createdAt.toISOString() }, 201);
    },
  );

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/assessments/cycles/{id}/criteria/{criterionId}/comments',
      tags: ['Assessments'],
      summary: "A criterion's comments, oldest first (people who may see the cycle)",
      request: { params: ZCriterionParams },
      responses: {
        200: jsonContent(z.object({ comments: z.array(ZComment) }), 'Comments'),
        400: jsonContent(ZProblem, 'A criterion not in this pack'),
        404: jsonContent(ZProblem, 'No such cycle you may see'),
      },
    }),
    async (c) => {
      const actor = requireActor(c);
      const { id, criterionId } = c.req.valid('param');
      const cycle = await loadReview(db, actor, id, 'see');
      await requireCriterion(db, cycle, criterionId);
      const rows = await commentsOf(db, actor.orgId, cycle.id, criterionId);
      return c.json({ comments: rows.map((r) => ({ id: r.id, body: r.body, authorPersonId: r.authorPersonId, createdAt: r.createdAt.toISOString() })) }, 200);
    },
  );
}
