/**
 * Malformed requests for every operation of an OpenAPI document, from a seeded PRNG: the same
 * seed gives the same requests. Pure. Every request breaks its operation's contract in at least
 * one way the API must refuse (a control character, a wrong type, a missing field, a malformed
 * id, broken JSON, a wrong content type, an over-size or too-deep body), so none of them may
 * change anything, even when sent by an org admin with a valid CSRF token.
 */

type Schema = {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  minimum?: number;
  maxLength?: number;
  minLength?: number;
  nullable?: boolean;
  default?: unknown;
};
type Parameter = { name: string; in: 'path' | 'query' | 'header' | 'cookie'; required?: boolean; schema?: Schema };
type Operation = { parameters?: Parameter[]; requestBody?: { required?: boolean; content: Record<string, { schema?: Schema }> } };
export type OpenApiDocument = { paths: Record<string, Record<string, Operation>>; components?: { schemas?: Record<string, Schema> } };

export interface MalformedRequest {
  /** `METHOD /path/{template}` as in the document. */
  operation: string;
  /** What this request breaks, for the figures and for naming a request that changed data. */
  kind: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

/** mulberry32: a small seeded PRNG, so a failing request can be sent again. */
export function seededRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  const uuid = () => {
    const hex = Array.from({ length: 32 }, () => int(16).toString(16)).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-7${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  };
  return { next, int, pick, uuid };
}

const CONTROL = ['\u0000', '\u0001', '\u0007', '\u001b', '\u007f', '\u0085', '\u009b', '\ud800'];
const MALFORMED_IDS = ['not-an-id', '0', '-1', "1' OR '1'='1", '..%2F..%2Fetc', '%00', '%0a', 'x'.repeat(300), '%E2%80%AE', '{id}'];
const BROKEN_JSON = ['{', '{"a":', '[1,2', '{"a":1}}', "{'a':1}", 'nul', '{"a":undefined}', '\u0000', '{"a":"\\u00"}', ' '];
const WRONG_TYPES = ['text/plain', 'application/x-www-form-urlencoded', 'application/xml', 'text/csv', 'image/png', 'application/jsonx'];

/**
 * `knownIds` are real uuids of the test organisation, `knownNames` real text ids (instrument,
 * criterion): a malformed body then reaches the route's own checks, not only a 404.
 */
export function createGenerator(doc: OpenApiDocument, seed: number, knownIds: string[], knownNames: string[] = []) {
  const random = seededRandom(seed);
  const resolve = (schema: Schema | undefined): Schema => {
    let s = schema ?? {};
    for (let i = 0; s.$ref && i < 20; i++) s = doc.components?.schemas?.[s.$ref.split('/').pop()!] ?? {};
    if (s.allOf?.length === 1) return resolve(s.allOf[0]);
    return s;
  };
  const typesOf = (schema: Schema): Set<string> => {
    const s = resolve(schema);
    const alternatives = s.anyOf ?? s.oneOf;
    if (alternatives) return new Set(alternatives.flatMap((a) => [...typesOf(a)]));
    const types = new Set(Array.isArray(s.type) ? s.type : s.type ? [s.type] : []);
    if (s.enum) types.add('enum');
    if (s.nullable) types.add('null');
    if (types.size === 0) types.add('any');
    return types;
  };

  /** A plausible value: the base a single violation is applied to. */
  const sample = (schema: Schema, depth = 0): unknown => {
    const s = resolve(schema);
    const alternatives = s.anyOf ?? s.oneOf;
    if (alternatives) return sample(alternatives.find((a) => !typesOf(a).has('null')) ?? alternatives[0]!, depth);
    if (s.enum) return s.enum[0];
    const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
    if (type === 'object' || s.properties) {
      if (depth > 6) return {};
      return Object.fromEntries(Object.entries(s.properties ?? {}).map(([k, v]) => [k, sample(v, depth + 1)]));
    }
    if (type === 'array') return depth > 6 ? [] : [sample(s.items ?? {}, depth + 1)];
    if (type === 'integer' || type === 'number') return s.minimum ?? 1;
    if (type === 'boolean') return false;
    if (type === 'null') return null;
    if (s.format === 'uuid') return random.pick(knownIds);
    if (s.format === 'email') return 'fuzz@example.org';
    if (s.format === 'date') return '2026-03-01';
    if (s.format === 'date-time') return '2026-03-01T10:00:00Z';
    return 'fuzz';
  };

  /** A value none of `schema`'s types allow, or undefined when it allows anything. */
  const wrongValue = (schema: Schema): unknown => {
    const types = typesOf(schema);
    if (types.has('any')) return undefined;
    const candidates: unknown[] = [];
    if (!types.has('string') && !types.has('enum')) candidates.push('fuzz', '');
    if (types.has('enum') && !types.has('string')) candidates.push('not-one-of-them');
    if (!types.has('number') && !types.has('integer')) candidates.push(42, -1.5);
    if (!types.has('boolean')) candidates.push(true);
    if (!types.has('null')) candidates.push(null);
    if (!types.has('array')) candidates.push([null, null]);
    if (!types.has('object')) candidates.push({ nested: { deeper: 'x' } });
    return candidates.length > 0 ? random.pick(candidates) : undefined;
  };

  const fillPath = (template: string, params: Parameter[], broken?: { name: string; value: string }) =>
    template.replaceAll(/\{(\w+)\}/g, (_, name: string) => {
      if (broken?.name === name) return broken.value;
      const schema = resolve(params.find((p) => p.name === name)?.schema);
      // valid-looking ids: the organisation's own, or ones that exist nowhere
      if (schema.format === 'uuid') return random.next() < 0.6 ? random.pick(knownIds) : random.uuid();
      return encodeURIComponent(knownNames.length > 0 && random.next() < 0.7 ? random.pick(knownNames) : `fuzz-${random.int(1000)}`);
    });

  /** Puts `value` at a random place of a body object (a property, possibly nested): returns its path. */
  const plant = (body: Record<string, unknown>, value: unknown): string => {
    let target: Record<string, unknown> = body;
    const path: string[] = [];
    for (let i = 0; i < 3; i++) {
      const objects = Object.entries(target).filter(([, v]) => v !== null && typeof v === 'object' && !Array.isArray(v));
      if (objects.length === 0 || random.next() < 0.5) break;
      const [k, v] = random.pick(objects);
      path.push(k);
      target = v as Record<string, unknown>;
    }
    const keys = Object.keys(target);
    const key = keys.length > 0 && random.next() < 0.8 ? random.pick(keys) : `extra${random.int(100)}`;
    target[key] = value;
    return [...path, key].join('.');
  };

  /** One malformed request for the operation; every branch breaks the contract for sure. */
  function malformed(method: string, template: string, op: Operation, maxJsonBytes: number): MalformedRequest {
    const params = op.parameters ?? [];
    const pathParams = params.filter((p) => p.in === 'path');
    const queryParams = params.filter((p) => p.in === 'query');
    const json = op.requestBody?.content['application/json'];
    const bodySchema = json ? resolve(json.schema) : undefined;
    const operation = `${method.toUpperCase()} ${template}`;
    const headers: Record<string, string> = {};
    const base = bodySchema ? sample(bodySchema) : undefined;
    const good = () => (bodySchema ? JSON.stringify(base) : undefined);
    const done = (kind: string, path: string, body?: string, type = 'application/json'): MalformedRequest => ({
      operation,
      kind,
      method: method.toUpperCase(),
      path,
      headers: body === undefined ? headers : { ...headers, 'content-type': type },
      body,
    });

    // a string over its maxLength that still fits the body limit (else 'oversize' covers it)
    const fitsHuge = (p: Schema) => resolve(p).maxLength !== undefined && resolve(p).maxLength! + 1100 < maxJsonBytes;
    const kinds: string[] = ['query-control'];
    if (pathParams.length > 0) kinds.push('path-control', 'path-malformed');
    if (queryParams.some((p) => wrongQueryValue(p) !== undefined)) kinds.push('query-wrong-type');
    if (op.requestBody) kinds.push('wrong-content-type', 'broken-json', 'body-control', 'body-control', 'deep-nesting', 'oversize');
    if (op.requestBody?.content['multipart/form-data']) kinds.push('broken-multipart', 'broken-multipart');
    if (bodySchema && typeof base === 'object' && base !== null && !Array.isArray(base)) {
      kinds.push('body-wrong-type', 'body-wrong-type', 'body-not-object', 'key-control');
      if ((bodySchema.required ?? []).length > 0) kinds.push('missing-field');
      if (Object.values(bodySchema.properties ?? {}).some((p) => typesOf(p).has('array'))) kinds.push('array-of-nulls');
      if (Object.values(bodySchema.properties ?? {}).some((p) => fitsHuge(p))) kinds.push('huge-string');
    }
    const kind = random.pick(kinds);
    const path = () => fillPath(template, params);
    const control = () => random.pick(CONTROL);
    // a lone surrogate cannot be percent-encoded: addresses get the others
    const urlControl = () => encodeURIComponent(random.pick(CONTROL.slice(0, -1)));
    switch (kind) {
      case 'query-control': {
        const name = queryParams.length > 0 && random.next() < 0.7 ? random.pick(queryParams).name : 'q';
        return done(kind, `${path()}?${name}=a${urlControl()}b`, good());
      }
      case 'query-wrong-type': {
        const candidates = queryParams.filter((p) => wrongQueryValue(p) !== undefined);
        const p = random.pick(candidates);
        return done(kind, `${path()}?${p.name}=${encodeURIComponent(wrongQueryValue(p)!)}`, good());
      }
      case 'path-control':
      case 'path-malformed': {
        const param = random.pick(pathParams);
        const uuid = resolve(param.schema).format === 'uuid';
        // a valid-looking id is only a violation for a uuid parameter when something else is wrong too
        const value = kind === 'path-control' ? `a${urlControl()}` : uuid ? random.pick(MALFORMED_IDS) : `a${urlControl()}${random.pick(MALFORMED_IDS)}`;
        return done(kind, fillPath(template, params, { name: param.name, value }), good());
      }
      case 'wrong-content-type':
        return done(kind, path(), good() ?? 'x=1', random.pick(WRONG_TYPES));
      case 'broken-multipart': {
        // a form without its file, a cut-off part, or no boundary at all
        const boundary = `fuzz${random.int(1000)}`;
        const bodies = [`--${boundary}\r\nContent-Disposition: form-data; name="note"\r\n\r\nx\r\n--${boundary}--\r\n`, `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\nabc`, 'garbage'];
        const type = random.next() < 0.8 ? `multipart/form-data; boundary=${boundary}` : 'multipart/form-data';
        return done(kind, path(), random.pick(bodies), type);
      }
      case 'broken-json':
        return done(kind, path(), random.pick(BROKEN_JSON));
      case 'body-control': {
        if (typeof base !== 'object' || base === null || Array.isArray(base)) return done(kind, path(), JSON.stringify(`a${control()}`));
        const copy = structuredClone(base) as Record<string, unknown>;
        plant(copy, `fuzz${control()}text`);
        return done(kind, path(), JSON.stringify(copy));
      }
      case 'key-control': {
        const copy = structuredClone(base) as Record<string, unknown>;
        copy[`na${control()}me`] = 'x';
        return done(kind, path(), JSON.stringify(copy));
      }
      case 'deep-nesting': {
        const depth = 40 + random.int(2000);
        return done(kind, path(), `${'['.repeat(depth)}${']'.repeat(depth)}`.replace(/^\[/, '{"a":[').replace(/\]$/, ']}'));
      }
      case 'oversize':
        return done(kind, path(), `{"a":"${'x'.repeat(maxJsonBytes + 1)}"}`);
      case 'body-not-object':
        return done(kind, path(), JSON.stringify(random.pick([[], [null, null], 'text', 42, null, true])));
      case 'missing-field': {
        const copy = structuredClone(base) as Record<string, unknown>;
        delete copy[random.pick(bodySchema!.required!)];
        return done(kind, path(), JSON.stringify(copy));
      }
      case 'array-of-nulls': {
        const copy = structuredClone(base) as Record<string, unknown>;
        const arrays = Object.entries(bodySchema!.properties!).filter(([, p]) => typesOf(p).has('array'));
        const [name, prop] = random.pick(arrays);
        const items = resolve(resolve(prop).items ?? resolve(prop).anyOf?.find((a) => resolve(a).items) ?? {});
        // when the items may be null or anything, a non-array breaks it instead
        copy[name] = typesOf(items).has('null') || typesOf(items).has('any') ? 'not-a-list' : [null, null];
        return done(kind, path(), JSON.stringify(copy));
      }
      case 'huge-string': {
        const copy = structuredClone(base) as Record<string, unknown>;
        const [name, prop] = random.pick(Object.entries(bodySchema!.properties!).filter(([, p]) => fitsHuge(p)));
        copy[name] = 'y'.repeat(Math.min(resolve(prop).maxLength! + 1 + random.int(1000), maxJsonBytes - 100));
        return done(kind, path(), JSON.stringify(copy));
      }
      default: {
        const copy = structuredClone(base) as Record<string, unknown>;
        const props = Object.entries(bodySchema!.properties ?? {}).filter(([, p]) => wrongValue(p) !== undefined);
        if (props.length === 0) return done('body-not-object', path(), JSON.stringify([null, null]));
        const [name, prop] = random.pick(props);
        copy[name] = wrongValue(prop);
        return done(kind, path(), JSON.stringify(copy));
      }
    }
  }

  /** A query value its parameter's schema refuses, or undefined for a free-text parameter. */
  function wrongQueryValue(p: Parameter): string | undefined {
    const s = resolve(p.schema);
    if (s.enum) return 'not-one-of-them';
    if (s.type === 'integer' || s.type === 'number') return random.pick(['abc', '1e999', '-99999999999', '1.5.2']);
    if (s.format === 'uuid') return random.pick(MALFORMED_IDS.slice(0, 5));
    if (s.format === 'date') return '2026-13-45';
    if (s.type === 'boolean') return 'maybe';
    if (s.maxLength !== undefined) return 'z'.repeat(s.maxLength + 1);
    return undefined;
  }

  return { malformed };
}

/** Every operation of the document as [method, path template, operation]. */
export const operationsOf = (doc: OpenApiDocument) =>
  Object.entries(doc.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => [method, path, op] as const));
