import { type Extension, ITEM_WEIGHT, ORDINAL_VALUE, type QuestionnaireItem, TEND_EXTENSION } from './fhir-types.js';

/**
 * The notes of an import: what of the Questionnaire Tend does not carry, each named by its JSON
 * path, so that whoever imports a form can see exactly what was left behind (nothing is dropped
 * silently).
 */

/** An item as the notes and problems name it: `item[3].item[0] (linkId "x", type "string")`. */
export const itemLabel = (path: string, item: QuestionnaireItem) => `${path} (linkId "${item.linkId}", type "${item.type}")`;

const NOT_CARRIED = 'not carried: ';
const AT = ' at ';

/**
 * Extensions among `extensions` that Tend does not carry, one note each naming its url and path
 * ("not carried: …/questionnaire-itemControl at item[0].extension[1]"); groupNotCarried then
 * joins the notes of one url.
 */
export function extensionNotes(path: string, extensions: readonly Extension[] | undefined, carried: (url: string) => boolean): string[] {
  return (extensions ?? []).flatMap((extension, i) => (carried(extension.url) ? [] : [`${NOT_CARRIED}${extension.url}${AT}${path}${path ? '.' : ''}extension[${i}]`]));
}

/**
 * The notes with every "not carried" extension of one url joined into one note listing each path,
 * where the first of them stood: a form that puts an option prefix on 36 options gets one line
 * naming all 36, not 36 lines.
 */
export function groupNotCarried(notes: readonly string[]): string[] {
  const grouped: string[] = [];
  const byUrl = new Map<string, number>();
  for (const note of notes) {
    const at = note.startsWith(NOT_CARRIED) ? note.indexOf(AT, NOT_CARRIED.length) : -1;
    if (at < 0) {
      grouped.push(note);
      continue;
    }
    const url = note.slice(NOT_CARRIED.length, at);
    const index = byUrl.get(url);
    if (index === undefined) {
      byUrl.set(url, grouped.length);
      grouped.push(note);
    } else grouped[index] = `${grouped[index]}, ${note.slice(at + AT.length)}`;
  }
  return grouped;
}

const isWeight = (url: string) => url === ORDINAL_VALUE || url === ITEM_WEIGHT;
const isTend = (url: string) => url.startsWith(`${TEND_EXTENSION}/`);

/** What of a scored item's options Tend does not carry: extensions other than weights, an initial selection. */
export function optionNotes(path: string, item: QuestionnaireItem): string[] {
  return (item.answerOption ?? []).flatMap((option, k) => {
    const at = `${path}.answerOption[${k}]`;
    const notes = [...extensionNotes(at, option.extension, isWeight), ...extensionNotes(`${at}.valueCoding`, option.valueCoding?.extension, isWeight)];
    if (option.initialSelected) notes.push(`${at}.initialSelected: not carried (a Tend item starts unanswered)`);
    return notes;
  });
}

/** The notes of an item that is scored: its behaviour Tend does not have, its other extensions, its options'. */
export function scoredItemNotes(path: string, item: QuestionnaireItem): string[] {
  const notes: string[] = [];
  if (item.type === 'open-choice') notes.push(`${itemLabel(path, item)}: an answer typed instead of chosen is not carried (only its options are scored)`);
  if (item.enableWhen) notes.push(`${path}.enableWhen: not carried (Tend asks the item every time)`);
  notes.push(...extensionNotes(path, item.extension, isTend), ...optionNotes(path, item));
  return notes;
}

/** The note of an item that is not a question Tend asks: a group (flattened) or a display text. */
export function structureNote(path: string, item: QuestionnaireItem): string | undefined {
  if (item.type === 'group') {
    return `${itemLabel(path, item)}: a group: its items are read, the group${item.text ? ` and its text "${item.text}"` : ''} not carried`;
  }
  if (item.type === 'display') return `${itemLabel(path, item)}: a display text: not carried`;
  return undefined;
}
