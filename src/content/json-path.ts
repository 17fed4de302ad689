/** A place inside a JSON document: object keys and array indexes from the top. */
export type JsonPath = readonly PropertyKey[];

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * The path as people write it: `$.body.levels[2].knowledge[0].text.es`. Keys that are not plain
 * names are quoted (`$["$schema"]`), so every path can be pasted into a JSONPath tool.
 */
export function jsonPath(path: JsonPath): string {
  let out = '$';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && PLAIN_KEY.test(key)) out += `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}
