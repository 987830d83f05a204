/**
 * `tiny-size-gate accept`: the budget file's budgets rewritten to the measured sizes (plus a
 * headroom, rounded up), changing nothing else. The YAML is parsed with positions (yaml's Document
 * API) and only the byte range of each budget value is replaced, so comments, key order, quoting,
 * blank lines and every other byte stay. The pull request comment shows the lines that would change.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument, Scalar } from 'yaml';
import type { Check, MetricCheck, PathCheck } from './types.js';

/** Added to the measured size before it becomes the budget: bytes, or a percentage (rounded up). */
export type Headroom = { bytes: number } | { percent: number };

export interface BudgetEdit {
  /** Where the value is written: ['images', name, 'budget', ...]. */
  keyPath: (string | number)[];
  /** 1-based line of the value. */
  line: number;
  /** The value's source text, before and after. */
  from: string;
  to: string;
  /** The new limit: bytes, or a count for `layers`. */
  limit: number;
}

export interface AcceptResult {
  text: string;
  edits: BudgetEdit[];
  /** The lines that changed, as a diff: `-` old line, `+` new line, with their line numbers. */
  diff: string[];
}

/** The limit that holds `actual` with the headroom: 5% of 991 B is 49.55, so 1,041 B. */
export function withHeadroom(actual: number, headroom: Headroom, isCount = false): number {
  if (isCount) return actual;
  if ('bytes' in headroom) return actual + headroom.bytes;
  return Math.ceil((actual * (100 + headroom.percent)) / 100 - 1e-9);
}

function nodeAt(doc: ReturnType<typeof parseDocument>, keyPath: (string | number)[]): Node | undefined {
  let node: unknown = doc.contents;
  for (const segment of keyPath) {
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment),
      );
      node = pair?.value;
    } else if (isSeq(node) && typeof segment === 'number') node = node.items[segment];
    else return undefined;
  }
  return (node as Node | undefined) ?? undefined;
}

/** The new value written the way the old one was: a bare number stays a number, quotes stay quotes. */
function valueText(old: Scalar, limit: number, isCount: boolean): string {
  const plain = isCount || typeof old.value === 'number' ? String(limit) : `${limit}B`;
  if (old.type === Scalar.QUOTE_DOUBLE) return `"${plain}"`;
  if (old.type === Scalar.QUOTE_SINGLE) return `'${plain}'`;
  return plain;
}

/**
 * The budget file's text with every budget that a check measured set to the measured size plus the
 * headroom. A limit set image-wide and measured on several platforms takes the largest. Budgets that
 * matched nothing (`no-match`) are left as they are: only a person can say what they should guard.
 */
export function acceptBudgets(
  text: string,
  checks: readonly Check[],
  options: { images?: readonly string[]; headroom?: Headroom } = {},
): AcceptResult {
  const headroom = options.headroom ?? { bytes: 0 };
  const wanted = new Map<string, { keyPath: (string | number)[]; actual: number; isCount: boolean }>();
  for (const check of checks) {
    if (check.kind !== 'metric' && check.kind !== 'path') continue;
    if (check.status === 'no-match') continue;
    if (options.images?.length && !options.images.includes(check.image)) continue;
    const isCount = (check as MetricCheck).metric === 'layers';
    const key = JSON.stringify(check.keyPath);
    const actual = (check as MetricCheck | PathCheck).actual;
    const known = wanted.get(key);
    if (!known || actual > known.actual) wanted.set(key, { keyPath: check.keyPath, actual, isCount });
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, keepSourceTokens: true });
  const replacements: { start: number; end: number; to: string; edit: BudgetEdit }[] = [];
  for (const { keyPath, actual, isCount } of wanted.values()) {
    const node = nodeAt(doc, keyPath);
    if (!isScalar(node) || !node.range) continue;
    const [start, end] = node.range;
    const from = text.slice(start, end);
    const limit = withHeadroom(actual, headroom, isCount);
    const to = valueText(node, limit, isCount);
    if (to === from) continue;
    replacements.push({
      start,
      end,
      to,
      edit: { keyPath, line: lines.linePos(start).line, from, to, limit },
    });
  }
  replacements.sort((a, b) => b.start - a.start);
  let out = text;
  for (const { start, end, to } of replacements) out = `${out.slice(0, start)}${to}${out.slice(end)}`;
  const edits = replacements.map((r) => r.edit).reverse();
  return { text: out, edits, diff: lineDiff(text, out) };
}

/** The changed lines of two texts with the same number of lines, `-` then `+`, with line numbers. */
function lineDiff(before: string, after: string): string[] {
  const old = before.split('\n');
  const now = after.split('\n');
  return old.flatMap((line, index) =>
    line === now[index] ? [] : [`-${index + 1}: ${line}`, `+${index + 1}: ${now[index] ?? ''}`],
  );
}
