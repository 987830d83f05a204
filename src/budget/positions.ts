/**
 * Where things are in the budget file's YAML: the position of a key or a value by its path
 * (['images', 'http', 'budget', 'files']), 1-based, for error messages and check annotations.
 */
import { type Document, isMap, isPair, isScalar, isSeq, type LineCounter, type Node } from 'yaml';
import type { Position } from './types.js';

interface Found {
  /** The deepest key (or sequence item) that exists along the path. */
  key?: Node;
  /** Its value. */
  value?: Node;
  /** Whether the whole path was found. */
  exact: boolean;
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return undefined;
}

function walk(doc: Document, path: readonly PropertyKey[]): Found {
  let node: unknown = doc.contents;
  let found: Found = { value: (doc.contents as Node | null) ?? undefined, exact: true };
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && keyText(item.key) === String(segment));
      if (!pair) return { ...found, exact: false };
      found = { key: pair.key as Node, value: (pair.value as Node | null) ?? undefined, exact: true };
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (!item) return { ...found, exact: false };
      found = { key: item as Node, value: item as Node, exact: true };
      node = item;
    } else {
      return { ...found, exact: false };
    }
  }
  return found;
}

export class PositionIndex {
  constructor(
    private readonly doc: Document,
    private readonly lines: LineCounter,
  ) {}

  private at(node: Node | undefined): Position | undefined {
    const offset = node?.range?.[0];
    if (offset === undefined) return undefined;
    const { line, col } = this.lines.linePos(offset);
    return { line, column: col };
  }

  /** The key's position, or the nearest existing parent key's when the path is absent. */
  keyPosition(path: readonly PropertyKey[]): Position {
    const found = walk(this.doc, path);
    return this.at(found.key ?? found.value) ?? { line: 1, column: 1 };
  }

  /** The value's position when the whole path exists and has a value, else as keyPosition. */
  valuePosition(path: readonly PropertyKey[]): Position {
    const found = walk(this.doc, path);
    const value = found.exact ? this.at(found.value) : undefined;
    return value ?? this.at(found.key ?? found.value) ?? { line: 1, column: 1 };
  }
}
