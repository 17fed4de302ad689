import { describe, expect, it } from 'vitest';
import { countVisit, MAX_PLACES, rankPlaces } from './place-visits';

const usual = ['wellbeing', 'myDevelopment', 'myAssessments', 'mySupervision'];
const open = ['home', 'wellbeing', 'myDevelopment', 'myAssessments', 'mySupervision', 'myTraining', 'settings', 'peers', 'voice'];

describe("Home's places you use most", () => {
  it("lists the role's usual places until the person has habits of their own", () => {
    expect(rankPlaces({}, usual, open)).toEqual(usual);
  });

  it('puts places visited at least twice first, most visited first, then the usual ones not yet listed', () => {
    const counts = { myTraining: 5, voice: 2, settings: 1, wellbeing: 3 };
    expect(rankPlaces(counts, usual, open)).toEqual(['myTraining', 'wellbeing', 'voice', 'myDevelopment', 'myAssessments', 'mySupervision']);
  });

  it('breaks ties by the usual order, then by name, so the list does not jump about', () => {
    expect(rankPlaces({ peers: 4, myAssessments: 4, voice: 4 }, usual, open).slice(0, 3)).toEqual(['myAssessments', 'peers', 'voice']);
  });

  it('never lists Home, a place the person may no longer open, or more than a handful', () => {
    const counts = Object.fromEntries([...open, 'people'].map((key, i) => [key, 10 + i]));
    const ranked = rankPlaces(counts, usual, open);
    expect(ranked).not.toContain('home');
    expect(ranked).not.toContain('people');
    expect(ranked).toHaveLength(MAX_PLACES);
  });

  it('counts a visit, and halves every count once one grows large so recent habits win', () => {
    expect(countVisit({ voice: 1 }, 'voice')).toEqual({ voice: 2 });
    expect(countVisit({}, 'peers')).toEqual({ peers: 1 });
    const halved = countVisit({ wellbeing: 199, voice: 3, peers: 1 }, 'wellbeing');
    expect(halved).toEqual({ wellbeing: 100, voice: 1 });
  });
});
