import { z } from '@hono/zod-openapi';
import type { listHubStandards } from './hub-standards-use-cases.js';
import type { myHubStandards } from './org-standards-use-cases.js';

export const standardsTags = ['Hub standards'];

const ZText = z.record(z.string(), z.string()).describe('one string per locale of the pack');
const ZKind = z.enum(['framework', 'assessment']);
const ZItemKind = z.enum(['section', 'criterion', 'level', 'knowledge', 'skill', 'question']);
const ZItem = z.object({ id: z.string(), kind: ZItemKind, text: ZText });

export const ZPackDiff = z
  .object({
    added: z.array(ZItem),
    removed: z.array(ZItem),
    reworded: z.array(z.object({ id: z.string(), kind: ZItemKind, before: ZText, after: ZText })),
  })
  .openapi('StandardPackDiff');

const ZVersion = z.object({ packVersion: z.string(), note: z.string(), publishedAt: z.iso.datetime() });

export const ZHubStandard = z
  .object({ id: z.uuid(), name: z.string(), kind: ZKind, packId: z.string(), title: ZText.nullable(), versions: z.array(ZVersion).describe('newest first') })
  .openapi('HubStandard');

export const ZRecognition = z
  .object({ standardId: z.uuid(), standardName: z.string(), packVersion: z.string(), orgId: z.uuid(), orgName: z.string(), metOn: z.iso.date(), note: z.string(), recognisedAt: z.iso.datetime() })
  .openapi('HubRecognition');

type HubList = Awaited<ReturnType<typeof listHubStandards>>;

/** The hub's standards and the recognitions in force: names, versions, notes, dates; nothing about a person. */
export function presentHubStandards(list: HubList) {
  return {
    standards: list.standards.map((s) => ({
      id: s.id,
      name: s.name,
      kind: s.kind,
      packId: s.packId,
      title: s.title,
      versions: s.versions.map((v) => ({ packVersion: v.packVersion, note: v.note, publishedAt: v.publishedAt.toISOString() })),
    })),
    recognitions: list.recognitions.map(({ recognition: r, orgName, standardName }) => ({
      standardId: r.standardId,
      standardName,
      packVersion: r.packVersion,
      orgId: r.orgId,
      orgName,
      metOn: r.metOn,
      note: r.note,
      recognisedAt: r.recognisedAt.toISOString(),
    })),
  };
}

export const ZMyHubStandards = z
  .object({
    hubId: z.uuid(),
    hubName: z.string(),
    standards: z.array(
      z.object({
        id: z.uuid(),
        name: z.string(),
        kind: ZKind,
        packId: z.string(),
        title: ZText.nullable(),
        usedVersion: z.string().nullable().describe('the version my organisation runs: its latest review or survey of the pack, or the framework this installation ships; null when it runs none'),
        newestVersion: z.string(),
        changes: z.array(ZVersion).describe("the hub's notes for every version after mine, oldest first"),
        diff: ZPackDiff.nullable().describe('what differs between my version and the newest; null when I run the newest or none'),
        adoption: z.enum(['next-cycle', 'not-choosable']).describe('next-cycle: a new review or survey runs the latest installed version; not-choosable: the framework is the one this installation ships'),
        nextCycleVersion: z.string().nullable(),
      }),
    ),
    recognitions: z.array(z.object({ standardId: z.uuid(), standardName: z.string(), packVersion: z.string(), metOn: z.iso.date(), note: z.string() })),
  })
  .openapi('MyHubStandards');

/** The organisation's view, as the schema lists it. */
export function presentMyHubStandards(view: Awaited<ReturnType<typeof myHubStandards>>): z.infer<typeof ZMyHubStandards> {
  return {
    hubId: view.hubId,
    hubName: view.hubName,
    standards: view.standards.map((s) => ({
      id: s.id,
      name: s.name,
      kind: s.kind,
      packId: s.packId,
      title: s.title,
      usedVersion: s.usedVersion,
      newestVersion: s.newestVersion,
      changes: s.changes.map((c) => ({ packVersion: c.packVersion, note: c.note, publishedAt: c.publishedAt.toISOString() })),
      diff: s.diff,
      adoption: s.adoption,
      nextCycleVersion: s.nextCycleVersion,
    })),
    recognitions: view.recognitions,
  };
}
