import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'e2e',
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // a page's answer can wait on argon2 and a lazily loaded language file; on a busy two-core CI
    // machine that is more than expect.poll's default second
    expect: { poll: { timeout: 15_000, interval: 100 } },
  },
});
