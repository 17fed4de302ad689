import { describe, expect, it } from 'vitest';
import { personOptions } from './person-options';

describe('personOptions', () => {
  it('sorts by name in the page language, accents where a reader looks for them', () => {
    const options = personOptions(
      [
        { id: '1', name: 'Zofia Kim' },
        { id: '2', name: 'Élodie Rossi' },
        { id: '3', name: 'Eero Sato' },
        { id: '4', name: 'Ana Lima' },
      ],
      'en',
    );
    expect(options.map((o) => o.label)).toEqual(['Ana Lima', 'Eero Sato', 'Élodie Rossi', 'Zofia Kim']);
  });

  it('tells people apart by job and team, and by email only where those are the same too', () => {
    const options = personOptions(
      [
        { id: '1', name: 'Oluwaseun Murphy', email: 'o.murphy.1@x.example', jobTitle: 'Community Nurse', unitName: 'District Nursing' },
        { id: '2', name: 'Oluwaseun Murphy', email: 'o.murphy.2@x.example', jobTitle: 'Social Worker', unitName: 'Safeguarding' },
        { id: '3', name: 'Kofi Mensah', email: 'k@x.example', jobTitle: 'Nurse', unitName: 'District Nursing' },
        { id: '4', name: 'Kofi Mensah', email: 'k2@x.example', jobTitle: 'Nurse', unitName: 'District Nursing' },
        { id: '5', name: 'Ana Lima', email: 'a@x.example', jobTitle: null, unitName: null },
      ],
      'en',
    );
    expect(options).toEqual([
      { id: '5', label: 'Ana Lima' },
      { id: '3', label: 'Kofi Mensah — Nurse, District Nursing (k@x.example)' },
      { id: '4', label: 'Kofi Mensah — Nurse, District Nursing (k2@x.example)' },
      { id: '1', label: 'Oluwaseun Murphy — Community Nurse, District Nursing' },
      { id: '2', label: 'Oluwaseun Murphy — Social Worker, Safeguarding' },
    ]);
  });
});
