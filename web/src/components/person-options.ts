/** What a person picker shows of each match. */
export interface PickablePerson {
  id: string;
  name: string;
  email?: string;
  jobTitle?: string | null;
  unitName?: string | null;
}

/**
 * The matches of a person search as options: sorted by name in the page's language (so Ó Briain
 * and Élodie sit where a reader looks for them), each with the job and team that tell people
 * apart, and the email only where two would otherwise read the same. Pure.
 */
export function personOptions(people: readonly PickablePerson[], language: string): Array<{ id: string; label: string }> {
  const collator = new Intl.Collator(language, { sensitivity: 'base' });
  const sorted = [...people].sort((a, b) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id));
  const described = sorted.map((p) => {
    const about = [p.jobTitle, p.unitName].filter((part): part is string => Boolean(part)).join(', ');
    return { person: p, label: about ? `${p.name} — ${about}` : p.name };
  });
  const seen = new Map<string, number>();
  for (const d of described) seen.set(d.label, (seen.get(d.label) ?? 0) + 1);
  return described.map(({ person, label }) => ({ id: person.id, label: (seen.get(label) ?? 0) > 1 && person.email ? `${label} (${person.email})` : label }));
}
