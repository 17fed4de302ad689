import { z } from '@hono/zod-openapi';

/** A FHIR R4 Questionnaire as a request body: its shape checked before Tend reads it. */

// Every level the import and the merge read is checked item by item (`item.0.linkId`), so a list of nulls or
// of wrong shapes is a 400 naming the item, never a crash inside them. Groups nest; three
// levels are more than any measure uses, deeper ones are refused by the same schema.
const ZFhirElement = z.looseObject({});
const fhirItem = (depth: number): z.ZodType =>
  z.looseObject({
    linkId: z.string('must be text').min(1, 'must not be empty').max(200),
    type: z.string('must be text').max(50),
    text: z.string('must be text').max(4000).optional(),
    _text: ZFhirElement.optional(),
    readOnly: z.boolean('must be true or false').optional(),
    answerValueSet: z.string('must be text').max(2000).optional(),
    answerOption: z.array(ZFhirElement).max(200).optional(),
    extension: z.array(ZFhirElement).max(200).optional(),
    item: depth > 0 ? z.array(fhirItem(depth - 1)).max(500).optional() : z.array(ZFhirElement).max(0, 'nests too deeply (at most three levels of groups)').optional(),
  });
export const ZQuestionnaire = z
  .looseObject({
    resourceType: z.literal('Questionnaire', { error: 'must be "Questionnaire"' }),
    language: z.string('must be text').max(35).optional(),
    contained: z.array(ZFhirElement).max(100).optional(),
    item: z.array(fhirItem(3)).min(1, 'must list the questions').max(500),
  })
  .openapi('FhirQuestionnaire', { description: 'A FHIR R4 Questionnaire; its items are checked level by level before Tend reads them' });

