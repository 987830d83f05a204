/**
 * Dockerfile words as the builder reads them: quotes removed, escapes applied, and variables
 * expanded ($VAR, ${VAR}, ${VAR:-default}, ${VAR:+alternative}, ${VAR-default}, ${VAR+alternative}).
 * `words` splits on unquoted white space (COPY sources); `word` keeps it (ENV and LABEL values).
 */

export type Variables = ReadonlyMap<string, string>;

export class WordError extends Error {}

export function word(text: string, vars: Variables, escapeChar = '\\'): string {
  return process(text, vars, escapeChar, false).join('');
}

export function words(text: string, vars: Variables, escapeChar = '\\'): string[] {
  return process(text, vars, escapeChar, true);
}

function process(text: string, vars: Variables, escapeChar: string, split: boolean): string[] {
  const out: string[] = [];
  let current = '';
  let started = false;
  let i = 0;
  const flush = () => {
    if (started) out.push(current);
    current = '';
    started = false;
  };
  while (i < text.length) {
    const c = text[i] as string;
    if (split && /\s/.test(c)) {
      flush();
      i++;
    } else if (c === escapeChar && i + 1 < text.length) {
      current += text[i + 1];
      started = true;
      i += 2;
    } else if (c === "'") {
      const end = text.indexOf("'", i + 1);
      if (end < 0) throw new WordError(`unmatched ' in ${text}`);
      current += text.slice(i + 1, end);
      started = true;
      i = end + 1;
    } else if (c === '"') {
      i++;
      started = true;
      for (;;) {
        if (i >= text.length) throw new WordError(`unmatched " in ${text}`);
        const d = text[i] as string;
        if (d === '"') break;
        if (d === escapeChar && (text[i + 1] === '"' || text[i + 1] === escapeChar || text[i + 1] === '$')) {
          current += text[i + 1];
          i += 2;
        } else if (d === '$') {
          const [value, next] = variable(text, i, vars, escapeChar);
          current += value;
          i = next;
        } else {
          current += d;
          i++;
        }
      }
      i++;
    } else if (c === '$') {
      const [value, next] = variable(text, i, vars, escapeChar);
      current += value;
      started = true;
      i = next;
    } else {
      current += c;
      started = true;
      i++;
    }
  }
  flush();
  return split ? out : [out.join('')];
}

/** Expands the variable at text[start] === '$'; returns its value and the index after it. */
function variable(text: string, start: number, vars: Variables, escapeChar: string): [string, number] {
  const simple = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(start + 1));
  if (simple) return [vars.get(simple[0]) ?? '', start + 1 + simple[0].length];
  if (text[start + 1] !== '{') return ['$', start + 1];
  const braced = /^\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])|(\}))/.exec(text.slice(start + 1));
  if (!braced) throw new WordError(`bad substitution in ${text}`);
  const name = braced[1] as string;
  const value = vars.get(name);
  if (braced[3]) return [value ?? '', start + 1 + braced[0].length];
  // ${NAME:-word}: the word runs to the matching brace and is itself expanded.
  let depth = 1;
  let i = start + 1 + braced[0].length;
  const wordStart = i;
  for (; i < text.length && depth > 0; i++) {
    if (text[i] === escapeChar) i++;
    else if (text[i] === '{') depth++;
    else if (text[i] === '}') depth--;
  }
  if (depth > 0) throw new WordError(`missing } in ${text}`);
  const inner = word(text.slice(wordStart, i - 1), vars, escapeChar);
  const operator = braced[2] as string;
  const set = operator.startsWith(':') ? value !== undefined && value !== '' : value !== undefined;
  if (operator.endsWith('-')) return [set ? (value as string) : inner, i];
  return [set ? inner : '', i];
}
