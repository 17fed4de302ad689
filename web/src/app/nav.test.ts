import { describe, expect, it } from 'vitest';
import type { Role } from '../api/session';
import { AREA_HOME, AREAS, areaAt, areasFor, PLACES, placeAt, placesFor, SECTIONS, sectionsFor } from './nav';

const ROLES: Role[] = ['worker', 'supervisor', 'org_admin', 'hub_admin', 'hub_analyst'];

describe('areas instead of a page list', () => {
  it('every place but Home sits in a section of an area', () => {
    expect(PLACES.filter((p) => p.to !== '/' && !p.section).map((p) => p.to)).toEqual([]);
    expect(new Set(PLACES.map((p) => p.to)).size).toBe(PLACES.length);
  });

  it.each(ROLES)('%s: nothing is lost — every place the role opens is listed on one of its areas’ pages', (role) => {
    const listed = areasFor([role]).flatMap((area) => sectionsFor(area, [role]).flatMap((s) => s.places.map((p) => p.to)));
    expect(listed.sort()).toEqual(
      placesFor([role])
        .filter((p) => p.to !== '/')
        .map((p) => p.to)
        .sort(),
    );
  });

  it('shows only the areas a person’s roles open, Help always', () => {
    expect(areasFor(['worker'])).toEqual(['you', 'team', 'help']);
    expect(areasFor(['supervisor'])).toEqual(['you', 'team', 'organisation', 'help']);
    expect(areasFor(['org_admin'])).toEqual(['you', 'team', 'organisation', 'help']);
    expect(areasFor(['hub_analyst'])).toEqual(['region', 'help']);
    expect(areasFor(['hub_admin'])).toEqual(['region', 'help']);
  });

  it('gives a hub’s people only the Region area: no organisation page, not even those open to everyone of an organisation', () => {
    for (const role of ['hub_admin', 'hub_analyst'] as const) {
      expect(sectionsFor('you', [role])).toEqual([]);
      expect(sectionsFor('team', [role])).toEqual([]);
      expect(sectionsFor('organisation', [role])).toEqual([]);
      expect(placesFor([role]).every((p) => p.to === '/' || p.to.startsWith('/region') || p.to === '/regional-overview')).toBe(true);
    }
    expect(sectionsFor('region', ['hub_admin']).flatMap((s) => s.places.map((p) => p.to))).toEqual(['/region/hub', '/region/invite', '/region/collaboratives', '/region/standards', '/region/people', '/region/settings']);
    // an analyst reads: no invitation page
    expect(sectionsFor('region', ['hub_analyst']).flatMap((s) => s.places.map((p) => p.to))).toEqual(['/region/hub', '/region/collaboratives', '/region/standards', '/region/people', '/region/settings', '/regional-overview']);
    // and an organisation's people have no hub page; their admins answer hubs from the Organisation area
    expect(placesFor(['org_admin']).filter((p) => p.to.startsWith('/region'))).toEqual([]);
    expect(placesFor(['org_admin']).map((p) => p.to)).toContain('/admin/regional-hub');
  });

  it('puts the well-being space, supervision, peer support and speaking up inside You', () => {
    for (const to of ['/me/wellbeing', '/me/supervision', '/peers', '/voice']) expect(areaAt(to, ['worker'])).toBe('you');
    expect(sectionsFor('you', ['worker']).map((s) => s.section)).toEqual(['practice', 'wellbeing', 'support', 'account']);
  });

  it('finds the place of a detail page (for its tabs) only among the person’s own places', () => {
    expect(placeAt('/team/plans/0190-abc', ['supervisor'])?.key).toBe('teamPlans');
    expect(placeAt('/me/wellbeing/instruments/x/scoring', ['worker'])?.key).toBe('wellbeing');
    expect(placeAt('/admin/workforce/import', ['org_admin'])?.key).toBe('workforceImport');
    expect(placeAt('/team/', ['supervisor'])?.key).toBe('team');
    // an admin has no "My team": a plan page is under Development plans, never a page they cannot open
    expect(placeAt('/team/plans', ['org_admin'])?.key).toBe('teamPlans');
    expect(placeAt('/admin/people', ['worker'])).toBeUndefined();
    expect(placeAt('/', ['worker'])).toBeUndefined();
  });

  it('knows the area of an area’s own page', () => {
    for (const area of AREAS) expect(areaAt(AREA_HOME[area], ['worker'])).toBe(area);
  });

  it('names each section once, in an area that exists', () => {
    for (const area of Object.values(SECTIONS)) expect(AREAS).toContain(area);
  });
});
