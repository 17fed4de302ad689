import { getPack, latestPacks } from '../../content/pack-store.js';
import type { TAssessmentPack, TCriterion } from '../../content/pack-schema.js';
import type { Queryable } from '../../platform/db/client.js';

/** An assessment pack with its criteria findable by id. */
export interface AssessmentPack {
  pack: TAssessmentPack;
  criteria: Map<string, { sectionId: string; criterion: TCriterion }>;
}

// installed versions never change (pack-store refuses different content under one), so caching is safe
const cache = new Map<string, AssessmentPack>();

function index(pack: TAssessmentPack): AssessmentPack {
  const criteria = new Map<string, { sectionId: string; criterion: TCriterion }>();
  for (const section of pack.body.sections) for (const criterion of section.criteria) criteria.set(criterion.id, { sectionId: section.id, criterion });
  return { pack, criteria };
}

/** The installed assessment pack of this id (the given version, or the latest); undefined when there is none. */
export async function assessmentPack(q: Queryable, id: string, version?: string): Promise<AssessmentPack | undefined> {
  const cached = version ? cache.get(`${id}@${version}`) : undefined;
  if (cached) return cached;
  const found = await getPack(q, id, version);
  if (found?.pack.kind !== 'assessment') return undefined;
  const indexed = index(found.pack);
  cache.set(`${id}@${found.pack.version}`, indexed);
  return indexed;
}

/** The latest version of every installed assessment pack. */
export async function assessmentPacks(q: Queryable): Promise<TAssessmentPack[]> {
  return (await latestPacks(q)).filter((p): p is TAssessmentPack => p.kind === 'assessment');
}

/** A text in the wanted locale, else the pack's first. */
export const localText = (text: Record<string, string | undefined>, locale: string): string => text[locale] ?? Object.values(text).find((t) => t !== undefined) ?? '';
