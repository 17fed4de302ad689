import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  // every part keeps its tables in its own schema.ts (no barrel): modules, platform, content
  schema: './src/**/schema.ts',
  out: './src/platform/db/migrations',
});
