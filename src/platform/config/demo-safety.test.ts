import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';
import { demoStartProblem, isLoopback } from './demo-safety.js';

describe('the listen address', () => {
  it('is loopback unless HOST says otherwise', () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(loadConfig({ HOST: '  ' }).host).toBe('127.0.0.1');
  });

  it.each([
    ['127.0.0.1', true],
    ['127.1.2.3', true],
    ['localhost', true],
    ['::1', true],
    ['[::1]', true],
    ['0.0.0.0', false],
    ['::', false],
    ['192.168.1.10', false],
    ['tend.example.org', false],
  ])('%s is loopback: %s', (host, loopback) => {
    expect(isLoopback(host)).toBe(loopback);
  });

  it('TEND_ENV=production is read', () => {
    expect(loadConfig({}).production).toBe(false);
    expect(loadConfig({ TEND_ENV: 'production' }).production).toBe(true);
  });
});

describe('starting with the demo organisation', () => {
  it('is fine on loopback, as `npm start` does by default', () => {
    expect(demoStartProblem(loadConfig({}), true)).toBeNull();
  });

  it('is refused beyond loopback, saying how to remove the demo', () => {
    const problem = demoStartProblem(loadConfig({ HOST: '0.0.0.0' }), true);
    expect(problem).toMatch(/listens on 0\.0\.0\.0/);
    expect(problem).toMatch(/npm run tend -- demo --remove/);
    expect(problem).toMatch(/TEND_DEMO=false/);
  });

  it('is refused with TEND_ENV=production, even on loopback', () => {
    expect(demoStartProblem(loadConfig({ TEND_ENV: 'production' }), true)).toMatch(/TEND_ENV=production.*demo --remove/);
  });

  it('anything goes without the demo organisation', () => {
    expect(demoStartProblem(loadConfig({ HOST: '0.0.0.0', TEND_ENV: 'production' }), false)).toBeNull();
  });
});
