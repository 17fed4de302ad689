import { z } from '@hono/zod-openapi';

/** The staff survey's response shapes, for validation of what leaves and the OpenAPI document. */

export const ZSurveyMine = z.object({ answered: z.boolean() }).openapi('SurveyMine');

export const ZSurveyAbout = z
  .object({
    cycleId: z.uuid(),
    acceptingAnswers: z.boolean().describe('open, and today is within its dates'),
    closesOn: z.string(),
    scale: z.object({ min: z.number().int(), max: z.number().int() }),
    thresholds: z.object({
      minGroupSize: z.number().int().describe('no rating figure is shown for a group of fewer respondents (the organisation setting when the survey opened, default 5)'),
      minFreeTextGroupSize: z.number().int().describe('comments of a section are shown only when at least this many people wrote one (10, or the minimum above if higher)'),
    }),
    storage: z.object({
      identityStored: z.literal(false).describe('answers are stored without the person: a separate list only says who has answered, so nobody answers twice'),
      timeStored: z.literal(false).describe('no date or time is kept with an answer'),
      unitStored: z.literal(true).describe("the respondent's unit is kept, so figures can be shown per team when the team is large enough"),
      answersChangeable: z.literal(false).describe('an answer cannot be changed or withdrawn later: nothing links it to you'),
    }),
    comments: z.object({
      shuffled: z.literal(true),
      dated: z.literal(false),
      byUnit: z.literal(false).describe('comments are shown for the whole survey, never per team'),
    }),
    results: z.object({
      shownTo: z.array(z.enum(['org-admins', 'cycle-lead'])),
      shownOnceClosed: z.literal(true).describe('nobody sees results while answers are still coming in'),
      suppression: z.string(),
    }),
  })
  .openapi('SurveyAbout');

export const ZSurveyFigure = z
  .union([
    z.object({ unitId: z.uuid().nullable(), suppressed: z.literal(false), mean: z.number(), ratings: z.number().int().describe('how many ratings the mean pools (a section pools its criteria)') }),
    z.object({ unitId: z.uuid().nullable(), suppressed: z.literal(true), reason: z.enum(['small-group', 'protects-another']) }),
  ])
  .openapi('SurveyFigure', { description: 'unitId null: the whole scope of the survey. A suppressed figure carries no mean and no count, only why it is hidden.' });

const ZComments = z.union([
  z.object({ status: z.literal('released'), texts: z.array(z.string()).describe('shuffled; no author, unit or date') }),
  z.object({ status: z.literal('withheld'), reason: z.literal('small-group') }),
]);

export const ZSurveyResults = z
  .union([
    z.object({ state: z.literal('collecting'), closesOn: z.string().describe('results are shown once the survey closes') }),
    z.object({
      state: z.literal('ready'),
      cycle: z.object({ id: z.uuid(), title: z.string(), packId: z.string(), packVersion: z.string(), unitId: z.uuid().nullable() }),
      thresholds: z.object({ minGroupSize: z.number().int(), minFreeTextGroupSize: z.number().int() }),
      units: z.array(z.object({ id: z.uuid(), name: z.string(), parentId: z.uuid().nullable() })).describe('the units the figures name'),
      sections: z.array(
        z.object({
          id: z.string(),
          cells: z.array(ZSurveyFigure).describe('the mean of all ratings given in the section, per group (pooled over its criteria)'),
          criteria: z.array(z.object({ id: z.string(), cells: z.array(ZSurveyFigure) })),
          comments: ZComments,
        }),
      ),
      heatMap: z.object({
        units: z.array(z.uuid().nullable()).describe('columns, parents before children; null: the whole scope'),
        rows: z.array(z.object({ sectionId: z.string(), cells: z.array(ZSurveyFigure) })),
      }),
    }),
  ])
  .openapi('SurveyResults');
export type TSurveyResultsBody = z.infer<typeof ZSurveyResults>;
