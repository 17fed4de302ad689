import { z } from '@hono/zod-openapi';

/** Staff voice's part of an organisation's settings. Stored as JSON: changing it may need a migration. */
export const ZVoiceSettings = z.object({
  /**
   * The org admins who handle concerns: they answer them and see the names on named ones (never
   * a handler who is the author's own line manager). Empty: every org admin handles them.
   */
  voiceHandlerIds: z.array(z.uuid('must be a person id (UUID)')).max(50, 'at most 50 handlers').default([]),
});
export type TVoiceSettings = z.infer<typeof ZVoiceSettings>;
