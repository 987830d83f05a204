/**
 * Docker's path patterns, in two flavours:
 * - `.dockerignore` (moby/patternmatcher): `*` and `?` within a name, `**` any number of
 *   directories, `[...]` classes, `\` escapes, `!` exceptions; the last matching line wins, and a
 *   pattern that matches a directory matches everything under it.
 * - COPY sources (Go's filepath.Match, one path segment at a time): `*`, `?`, `[...]`, `\`.
 */
import { posix } from 'node:path';

/** One segment or path of a Go pattern as a regular expression body; `**` only when allowed. */
function patternBody(pattern: string, doubleStar: boolean): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === '*') {
      if (doubleStar && pattern[i + 1] === '*') {
        i++;
        // `**/` also matches no directory at all; a final `**` matches anything below.
        if (pattern[i + 1] === '/') {
          i++;
          out += '(?:.*/)?';
        } else out += '.*';
      } else out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '\\' && i + 1 < pattern.length) out += escapeRegex(pattern[++i] as string);
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end < 0) out += '\\[';
      else {
        let body = pattern.slice(i + 1, end);
        if (body.startsWith('^') || body.startsWith('!')) body = `^${body.slice(1)}`;
        out += `[${body.replace(/\\(?!\])/g, '\\\\')}]`;
        i = end;
      }
    } else out += escapeRegex(c);
  }
  return out;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Whether a COPY source segment has wildcards (Go's filepath.Match metacharacters). */
export function hasWildcard(segment: string): boolean {
  return /[*?[]/.test(segment);
}

/** A COPY source segment as a matcher of one directory entry's name. */
export function segmentMatcher(segment: string): (name: string) => boolean {
  const regex = new RegExp(`^${patternBody(segment, false)}$`, 's');
  return (name) => regex.test(name);
}

interface IgnoreRule {
  regex: RegExp;
  exception: boolean;
}

/** The rules of a `.dockerignore` file; paths are relative to the context, with `/`. */
export class DockerIgnore {
  private readonly rules: IgnoreRule[];

  constructor(text: string) {
    this.rules = [];
    for (const raw of text.split(/\r?\n/)) {
      if (raw.startsWith('#')) continue;
      let line = raw.trim();
      if (!line) continue;
      const exception = line.startsWith('!');
      if (exception) line = line.slice(1).trim();
      // Docker cleans the pattern and makes it relative to the context root.
      let cleaned = posix.normalize(line).replace(/^\/+/, '');
      if (cleaned === '.' || cleaned === '') cleaned = '';
      if (cleaned.endsWith('/')) cleaned = cleaned.slice(0, -1);
      const body = cleaned === '' ? '.*' : patternBody(cleaned, true);
      // A pattern that matches a directory matches what is under it.
      this.rules.push({ regex: new RegExp(`^${body}(?:/.*)?$`, 's'), exception });
    }
  }

  /** Whether there are `!` lines (then an ignored directory may still hold files to send). */
  get hasExceptions(): boolean {
    return this.rules.some((rule) => rule.exception);
  }

  ignores(path: string): boolean {
    let ignored = false;
    for (const rule of this.rules) if (rule.regex.test(path)) ignored = !rule.exception;
    return ignored;
  }
}
