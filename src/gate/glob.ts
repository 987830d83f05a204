/**
 * Path patterns of `paths:` budgets: an exact absolute path, or a glob where `*` matches within one
 * path segment and `**` (a whole segment) matches any number of segments, none included:
 * `/usr/**` matches every file under /usr, and `/a/**` followed by `/b` matches /a/b and /a/x/y/b.
 * Nothing else is special: `?`, `[` and `{` are literal, as they may be in file names.
 */

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A predicate for absolute, normalised entry paths (`/index.html`). */
export function compilePathPattern(pattern: string): (path: string) => boolean {
  if (!pattern.includes('*')) return (path) => path === pattern;
  const segments = pattern.split('/').slice(1);
  const body = segments
    .map((segment) =>
      segment === '**' ? '(?:/[^/]+)*' : `/${segment.split('*').map(escapeRegExp).join('[^/]*')}`,
    )
    .join('');
  const regex = new RegExp(`^${body}$`);
  return (path) => regex.test(path);
}
