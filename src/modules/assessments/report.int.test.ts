import { inflateSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db/client.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { assessmentWorld, postFile, TINY_PNG } from './test-world.js';

let database: Database;
let world: Awaited<ReturnType<typeof assessmentWorld>>;
let cycleId: string;
const TITLE = 'Revisión de otoño 2026';

beforeAll(async () => {
  database = await createTestDatabase();
  world = await assessmentWorld(database);
  cycleId = await world.openCycle(TITLE);
  const { clients, people, app } = world;
  const at = (criterion: string) => `/api/v1/assessments/cycles/${cycleId}/criteria/${criterion}`;
  await clients.contributor.request('PUT', `${at('safety.1')}/rating`, { rating: 'green' });
  await clients.lead.request('POST', `${at('safety.1')}/confirm`, { rating: 'green' });
  await clients.contributor.request('PUT', `${at('safety.2')}/rating`, { rating: 'red' });
  await clients.contributor.request('POST', `${at('safety.1')}/evidence`, { kind: 'text', body: 'Política de trabajo en solitario' });
  await clients.contributor.request('POST', `${at('safety.1')}/evidence`, { kind: 'link', url: 'https://intranet.example.org/policy' });
  await postFile(app, clients.contributor, `${at('safety.1')}/evidence`, 'plano.png', TINY_PNG);
  await clients.lead.request('POST', `${at('safety.2')}/actions`, { title: 'Sala tranquila', ownerPersonId: people.lead.personId, dueOn: '2026-12-01' });
});
afterAll(() => database.close());

/** The text pdfkit wrote: every content stream inflated, the hex strings of each TJ decoded (Helvetica is WinAnsi, near enough Latin-1). */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const streams = [...raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)].map((m) => {
    const bytes = Buffer.from(m[1]!, 'latin1');
    try {
      return inflateSync(bytes).toString('latin1');
    } catch {
      return m[1]!;
    }
  });
  return streams
    .flatMap((s) => [...s.matchAll(/\[([^\]]*)\]\s*TJ/g)].map((m) => [...m[1]!.matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => Buffer.from(h[1]!, 'hex').toString('latin1')).join('')))
    .join('\n');
}

describe('reports of a team review', () => {
  it('exports the ratings as CSV in the asked language', async () => {
    const response = await world.clients.lead.request('GET', `/api/v1/assessments/cycles/${cycleId}/ratings.csv?locale=es`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    const rows = parse((await response.text()).replace(/^\uFEFF/, ''), { columns: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(5);
    expect(rows[0]).toMatchObject({ criterion: 'safety.1', section: 'Safety (es)', text: 'Criterion safety.1 (es)', rating: 'green', confirmed_by: 'Lena Lead', evidence_count: '3', actions_count: '0' });
    expect(rows[0]!.confirmed_at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(rows[1]).toMatchObject({ criterion: 'safety.2', rating: 'red', confirmed_by: '', confirmed_at: '', evidence_count: '0', actions_count: '1' });
    expect(rows[4]).toMatchObject({ criterion: 'trust.2', rating: '' });
    const english = await (await world.clients.lead.request('GET', `/api/v1/assessments/cycles/${cycleId}/ratings.csv?locale=en`)).text();
    expect(english).toContain('Criterion safety.1,');
  });

  it('makes the PDF as a job with progress; it starts with %PDF and holds the title, evidence and the action plan', async () => {
    const { clients } = world;
    const started = await clients.lead.request('POST', `/api/v1/assessments/cycles/${cycleId}/report`, { locale: 'es' });
    expect(started.status).toBe(202);
    const { jobId } = (await started.json()) as { jobId: string };
    let job: { status: string; progress: number; downloadUrl: string | null } = { status: 'running', progress: 0, downloadUrl: null };
    for (let i = 0; i < 100 && job.status === 'running'; i++) {
      job = (await (await clients.lead.request('GET', `/api/v1/assessments/reports/${jobId}`)).json()) as typeof job;
      if (job.status === 'running') await new Promise((r) => setTimeout(r, 20));
    }
    expect(job).toMatchObject({ status: 'done', progress: 100 });
    expect((await clients.contributor.request('GET', `/api/v1/assessments/reports/${jobId}`)).status).toBe(404);
    expect((await clients.foreign.request('GET', `/api/v1/assessments/reports/${jobId}/download`)).status).toBe(404);

    const download = await clients.lead.request('GET', job.downloadUrl!);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-disposition')).toContain('attachment');
    const pdf = Buffer.from(await download.arrayBuffer());
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
    const text = pdfText(pdf);
    for (const expected of [TITLE, 'Valoraciones por sección', 'Política de trabajo en solitario', 'https://intranet.example.org/policy', 'plano.png', 'Sala tranquila', 'Plan de acción']) {
      expect(text).toContain(expected);
    }
  });

  it('nobody outside the review gets a report or the CSV', async () => {
    const { clients } = world;
    expect((await clients.bystander.request('POST', `/api/v1/assessments/cycles/${cycleId}/report`, {})).status).toBe(404);
    expect((await clients.foreign.request('POST', `/api/v1/assessments/cycles/${cycleId}/report`, {})).status).toBe(404);
    expect((await clients.foreign.request('GET', `/api/v1/assessments/cycles/${cycleId}/ratings.csv`)).status).toBe(404);
  });
});
