// `npm run api:types`: writes web/src/api/generated/openapi.ts from docs/openapi.json, so the web
// app's request and response types are the server's own. The drift test
// (src/platform/http/openapi-types.test.ts) fails when the committed file is out of date.
import { writeFileSync } from 'node:fs';
import { generatedApiTypes, generatedApiTypesPath } from '../src/platform/http/openapi-types.js';

writeFileSync(generatedApiTypesPath, await generatedApiTypes());
console.log(`wrote ${generatedApiTypesPath}`);
