import { z } from '@hono/zod-openapi';
import { PUBLICATION_LOCALES, ZEpsilon } from '../../platform/publication/model.js';

/**
 * Publishing a collaborative's figures as open data: the request and the hub's privacy budget.
 * Noise is off unless asked for; when asked, the release spends `epsilon` of the budget.
 */

/**
 * The total epsilon a hub's noisy publications may spend, ever (sequential composition: every
 * noisy release about the same organisations adds up). Fixed rather than a setting, so that no
 * hub can spend its way to figures whose noise averages away. A release's epsilon is shared by
 * all its figures (a collaborative of five sections and four timepoints has 40), and a section's
 * figure is noised for the ten or so ratings one person gives, so a total much under 10 leaves
 * figures that move too far to read; 10 allows, say, two releases at 5.
 */
export const OPEN_DATA_PRIVACY_BUDGET = 10;

/** The licence every publication carries: reuse with attribution. */
export const OPEN_DATA_LICENCE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' };

export const ZPublishRequest = z
  .object({
    language: z.enum(PUBLICATION_LOCALES, { error: `must be one of ${PUBLICATION_LOCALES.join(', ')}` }),
    /** absent: exact figures (the gate alone protects them); present: noise spending this much of the budget */
    epsilon: ZEpsilon.optional(),
  })
  .strict()
  .openapi('OpenDataPublishRequest');
export type TPublishRequest = z.infer<typeof ZPublishRequest>;
