import { describe, expect, it } from 'vitest';
import { checkNewVersion, checkRecognition, checkUpload, newestVersion, versionsSince } from './standard-rules.js';

const standard = { packId: 'tend.audit', kind: 'assessment' as const };

describe('checkNewVersion', () => {
  it.each([
    ['a first version of a new standard', null, [], { id: 'tend.audit', kind: 'assessment', version: '1.0.0' }, true],
    ['a newer version', standard, ['1.0.0', '1.2.0'], { id: 'tend.audit', kind: 'assessment', version: '1.10.0' }, true],
    ['the same version again', standard, ['1.0.0'], { id: 'tend.audit', kind: 'assessment', version: '1.0.0' }, false],
    ['an older version', standard, ['1.2.0'], { id: 'tend.audit', kind: 'assessment', version: '1.1.9' }, false],
    ['a pre-release of the published version', standard, ['1.2.0'], { id: 'tend.audit', kind: 'assessment', version: '1.2.0-draft.1' }, false],
    ['another pack id', standard, ['1.0.0'], { id: 'tend.other', kind: 'assessment', version: '2.0.0' }, false],
    ['another kind', standard, ['1.0.0'], { id: 'tend.audit', kind: 'framework', version: '2.0.0' }, false],
    ['an instrument', null, [], { id: 'x.check', kind: 'instrument', version: '1.0.0' }, false],
    ['a coping library', null, [], { id: 'x.coping', kind: 'coping', version: '1.0.0' }, false],
  ] as const)('%s: %s', (_name, s, published, pack, ok) => {
    expect(checkNewVersion(s, published, pack).ok).toBe(ok);
  });

  it('says why in words naming the newest', () => {
    expect(checkNewVersion(standard, ['1.0.0', '1.2.0'], { id: 'tend.audit', kind: 'assessment', version: '1.1.0' })).toEqual({ ok: false, field: 'pack', reason: 'version 1.1.0 is not newer than 1.2.0, the newest published' });
  });
});

describe('versionsSince', () => {
  const published = ['1.0.0', '1.10.0', '1.2.0'].map((packVersion) => ({ packVersion }));
  it('lists the versions after the one in use, oldest first, by semver', () => {
    expect(versionsSince(published, '1.0.0').map((v) => v.packVersion)).toEqual(['1.2.0', '1.10.0']);
  });
  it('none when the newest is in use, all when none is', () => {
    expect(versionsSince(published, '1.10.0')).toEqual([]);
    expect(versionsSince(published, null).map((v) => v.packVersion)).toEqual(['1.0.0', '1.2.0', '1.10.0']);
  });
  it('a version the hub never published counts by its place in the line', () => {
    expect(versionsSince(published, '1.1.0').map((v) => v.packVersion)).toEqual(['1.2.0', '1.10.0']);
  });
  it('newestVersion is by semver', () => {
    expect(newestVersion(['1.9.0', '1.10.0', '1.2.0'])).toBe('1.10.0');
    expect(newestVersion([])).toBeUndefined();
  });
});

describe('checkRecognition', () => {
  const fine = { consented: true, versionPublished: true, metOn: '2026-05-01', today: '2026-05-01' };
  it('allows a consenting member, a published version, today or earlier', () => {
    expect(checkRecognition(fine)).toEqual({ ok: true });
  });
  it.each([
    [{ consented: false }, 'orgId'],
    [{ versionPublished: false }, 'packVersion'],
    [{ metOn: '2026-05-02' }, 'metOn'],
  ])('refuses %o, naming %s', (change, field) => {
    const verdict = checkRecognition({ ...fine, ...change });
    expect(verdict.ok).toBe(false);
    expect(verdict.ok ? null : verdict.field).toBe(field);
  });
});

describe('checkUpload: a hub installs only packs of its own', () => {
  it('takes an id nobody has installed', () => {
    expect(checkUpload('hub.own', [], [])).toEqual({ ok: true });
  });

  it('takes a further version of an id whose every installed version this hub uploaded', () => {
    expect(checkUpload('hub.own', ['1.0.0', '1.1.0'], ['1.0.0', '1.1.0'])).toEqual({ ok: true });
  });

  it('refuses a new version of a built-in, an operator\'s or another hub\'s pack, naming the field and the way through the operator', () => {
    const refused = checkUpload('tend.trauma-informed-audit', ['1.0.0'], []);
    expect(refused).toMatchObject({ ok: false, field: 'packText' });
    expect(refused.ok ? '' : refused.reason).toMatch(/version 1\.0\.0 did not come from this hub.*packs import/);
  });

  it('refuses when only some installed versions are the hub\'s (an operator added one since)', () => {
    expect(checkUpload('hub.own', ['1.0.0', '2.0.0'], ['1.0.0']).ok).toBe(false);
  });
});
