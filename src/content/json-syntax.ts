/**
 * Where a JSON text first goes wrong, as line and column. JSON.parse on Node 20 gives a position
 * for some mistakes and none for others ("Unexpected token '}', … is not valid JSON"), and a pack
 * author needs the line either way. Only called after JSON.parse has failed, so this scanner only
 * has to find the first mistake, never to build a value.
 */
export interface JsonSyntaxError {
  line: number;
  column: number;
  problem: string;
}

class Stop {
  constructor(
    readonly offset: number,
    readonly problem: string,
  ) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

function scan(text: string): void {
  let i = 0;
  const stop = (problem: string): never => {
    throw new Stop(i, i >= text.length ? `the file ends early: ${problem}` : problem);
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const string = () => {
    i++; // the opening quote
    for (;;) {
      if (i >= text.length) stop('a string is not closed');
      const c = text[i]!;
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\\') {
        ESCAPE.lastIndex = i;
        if (!ESCAPE.test(text)) stop('a backslash in a string must start an escape like \\n or \\u00e9');
        i = ESCAPE.lastIndex;
      } else if (c < ' ') {
        stop('a line break or control character inside a string (write it as \\n)');
      } else i++;
    }
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{' || c === '[') {
      members(c === '{' ? '}' : ']', c === '{');
      return;
    }
    if (c === '"') {
      string();
      return;
    }
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    NUMBER.lastIndex = i;
    if (c !== undefined && NUMBER.test(text)) {
      i = NUMBER.lastIndex;
      return;
    }
    stop(c === undefined ? 'expected a value' : `expected a value, found ${JSON.stringify(c)}`);
  };
  const members = (close: '}' | ']', named: boolean) => {
    i++; // the opening bracket
    space();
    if (text[i] === close) {
      i++;
      return;
    }
    for (;;) {
      space();
      if (named) {
        if (text[i] !== '"') stop('expected a field name in double quotes');
        string();
        space();
        if (text[i] !== ':') stop("expected ':' after the field name");
        i++;
      }
      value();
      space();
      if (text[i] === ',') {
        i++;
        space();
        if (text[i] === close) stop(`a comma before '${close}' (JSON allows no trailing comma)`);
        continue;
      }
      if (text[i] === close) {
        i++;
        return;
      }
      stop(`expected ',' or '${close}'`);
    }
  };
  value();
  space();
  if (i < text.length) stop('more text after the end of the JSON value');
}

/** The first mistake in `text`, or null when it is valid JSON. */
export function locateJsonError(text: string): JsonSyntaxError | null {
  try {
    scan(text);
    return null;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    const before = text.slice(0, error.offset);
    const line = before.split('\n').length;
    const column = error.offset - (before.lastIndexOf('\n') + 1) + 1;
    return { line, column, problem: error.problem };
  }
}
