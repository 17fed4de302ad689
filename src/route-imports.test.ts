import { describe, expect, it } from 'vitest';
import { relativeImportsOf, sourceFiles } from './test-support/source-imports.js';

/*
 * A route file is the HTTP edge: validate, call a use-case, present. When one route file reaches
 * into another for a schema, a presenter or a helper, the edge becomes a layer others build on
 * (the export once borrowed the FHIR writer from a route file). Shared pieces live in present.ts,
 * a use-case or a rules file; only the files that compose the routes may import them.
 */
const isRouteFile = (path: string) => /-routes\.(ts|js)$/.test(path);
// a module's routes.ts registers its route files; app.ts registers every module's
const mayImportRoutes = (file: string) => /^src\/modules\/[^/]+\/routes\.ts$/.test(file) || file === 'src/app.ts';

function routeImportProblems(files: string[], importsOf: (file: string) => string[]): string[] {
  return files
    .filter((file) => !mayImportRoutes(file))
    .flatMap((file) => importsOf(file).filter(isRouteFile).map((target) => `${file} imports ${target}`));
}

describe('route files', () => {
  it('are imported only by the files that register them', () => {
    expect(routeImportProblems(sourceFiles('src'), relativeImportsOf)).toEqual([]);
  });

  it('a route file importing another, or a store importing a route file, is named', () => {
    const imports: Record<string, string[]> = {
      'src/modules/training/coverage-routes.ts': ['src/modules/training/course-routes.js', 'src/modules/training/present.js'],
      'src/modules/wellbeing/export-data.ts': ['src/modules/wellbeing/questionnaire-response-routes.js'],
      'src/modules/wellbeing/routes.ts': ['src/modules/wellbeing/space-routes.js'],
      'src/app.ts': ['src/modules/wellbeing/routes.js', 'src/platform/auth/auth-routes.js'],
    };
    expect(routeImportProblems(Object.keys(imports), (file) => imports[file]!)).toEqual([
      'src/modules/training/coverage-routes.ts imports src/modules/training/course-routes.js',
      'src/modules/wellbeing/export-data.ts imports src/modules/wellbeing/questionnaire-response-routes.js',
    ]);
  });
});
