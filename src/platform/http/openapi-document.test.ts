import { describe, expect, it } from 'vitest';
import { createApp } from '../../app.js';
import type { Database } from '../db/client.js';
import { createMemoryMailer } from '../mail/mailer.js';

describe('the OpenAPI document', () => {
  // Committed as docs/openapi.json so every API change is seen in review. After changing a
  // route on purpose: `npx vitest run src/platform/http/openapi-document.test.ts -u`.
  it('matches the committed snapshot', async () => {
    const app = createApp({
      // building the document reads no data: the routes only capture the database for later
      database: {} as Database,
      mailer: createMemoryMailer(),
      config: { publicUrl: 'http://localhost', secureCookies: false },
      log: () => {},
    });
    const response = await app.request('/api/openapi.json');
    const document = (await response.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toContain('/api/v1/people');
    await expect(`${JSON.stringify(document, null, 2)}\n`).toMatchFileSnapshot('../../../docs/openapi.json');
  });
});
