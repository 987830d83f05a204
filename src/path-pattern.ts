/**
 * Path patterns of `paths:` budgets: an exact absolute path, or a glob where `*` matches within one
 * path segment and `**` (a whole segment) matches any number of segments, none included:
 * `/usr/**` matches every file under /usr, and `/a/**` followed by `/b` matches /a/b and /a/x/y/b.
 * Nothing else is special: `?`, `[` and `{` are literal, as they may be in file names.
 */

/**
 * `*` within one name, by the two-pointer wildcard match: on a mismatch it moves only the last
 * `*` on, so it takes at most |glob| x |name| steps, where a regex backtracks exponentially
 * (`/*a*a*a*a*a*a*a*a*a*a*a*b` against 40 characters took 27 s as a regex).
 */
function nameMatches(glob: string, name: string): boolean {
  let g = 0;
  let n = 0;
  let star = -1;
  let resume = 0;
  while (n < name.length) {
    if (glob[g] === '*') {
      star = g++;
      resume = n;
    } else if (g < glob.length && glob[g] === name[n]) {
      g++;
      n++;
    } else if (star !== -1) {
      g = star + 1;
      n = ++resume;
    } else {
      return false;
    }
  }
  while (glob[g] === '*') g++;
  return g === glob.length;
}

/**
 * Whole paths, segment by segment, as a set of states (how many pattern segments are matched):
 * `**` keeps its state and lets the next segment start, so every path segment is looked at once
 * per state, never retried, and `/**` twelve times costs twelve states, not 12^depth tries.
 */
function segmentsMatch(globs: readonly string[], names: readonly string[]): boolean {
  let states = new Set<number>([0]);
  const close = (set: Set<number>) => {
    // A `**` may match no segment: its state also stands at the next pattern segment.
    for (const state of [...set].sort((a, b) => a - b)) {
      let at = state;
      while (globs[at] === '**') set.add(++at);
    }
    return set;
  };
  states = close(states);
  for (const name of names) {
    const next = new Set<number>();
    for (const state of states) {
      const glob = globs[state];
      if (glob === undefined) continue;
      if (glob === '**') {
        if (name !== '') next.add(state);
      } else if (nameMatches(glob, name)) {
        next.add(state + 1);
      }
    }
    if (next.size === 0) return false;
    states = close(next);
  }
  return states.has(globs.length);
}

/** A predicate for absolute, normalised entry paths (`/index.html`). */
export function compilePathPattern(pattern: string): (path: string) => boolean {
  if (!pattern.includes('*')) return (path) => path === pattern;
  const globs = pattern.split('/').slice(1);
  return (path) => path.startsWith('/') && segmentsMatch(globs, path.split('/').slice(1));
}
