import { getPack } from '../../content/pack-store.js';
import type { Queryable } from '../../platform/db/client.js';
import { type TSurveyShape, ZSurveyShape } from '../assessments/survey-model.js';

/**
 * The survey shapes (sections with their titles and criteria, the scale) of the packs a
 * collaborative's timepoints run, by pack id: a figure's measure is a section id, which people
 * read by its title. A pack no longer installed, or not a survey's, is left out.
 */
export async function surveyShapesOf(q: Queryable, timepoints: ReadonlyArray<{ packId: string | null }>): Promise<Map<string, TSurveyShape>> {
  const shapes = new Map<string, TSurveyShape>();
  for (const packId of new Set(timepoints.map((t) => t.packId).filter((p): p is string => p !== null))) {
    const found = await getPack(q, packId);
    const shape = found ? ZSurveyShape.safeParse(found.pack.body) : undefined;
    if (shape?.success) shapes.set(packId, shape.data);
  }
  return shapes;
}

/** Each section's title in every language it has, across the shapes (the first shape naming it wins). */
export function sectionTitles(shapes: ReadonlyMap<string, TSurveyShape>): Map<string, Record<string, string>> {
  const titles = new Map<string, Record<string, string>>();
  for (const shape of shapes.values()) for (const section of shape.sections) if (!titles.has(section.id)) titles.set(section.id, section.title);
  return titles;
}
