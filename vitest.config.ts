import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Organisations made by tests start in UTC wherever the tests run (a new organisation
    // otherwise starts in the machine's zone); tests of other zones set theirs explicitly.
    env: { TEND_TIME_ZONE: 'UTC' },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'web/src/**/*.test.ts'],
          exclude: ['src/**/*.int.test.ts', 'node_modules/**'],
        },
      },
      {
        test: {
          name: 'int',
          include: ['src/**/*.int.test.ts'],
          globalSetup: ['src/test-support/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
