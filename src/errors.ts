/**
 * One error type a user can act on: what went wrong, where (file and place), and the fix.
 * Anything thrown that is not a TinySizeError is a bug in tiny-size-gate, and is reported as such.
 */

/** Process exit codes, shared by the CLI and the action. */
export const ExitCode = { ok: 0, overBudget: 1, usage: 2 } as const;

export interface Place {
  /** The file the problem is in (a budget file, an archive, a Dockerfile), as the user named it. */
  file?: string;
  /** 1-based line and column, where the problem has one. */
  line?: number;
  column?: number;
  /** A place inside the file that is not a line: "manifest.json", "blobs/sha256/ab12…", "images.http.budget". */
  within?: string;
}

export interface TinySizeErrorOptions extends Place {
  /** What the user can do about it, one sentence. */
  fix?: string;
  cause?: unknown;
}

export class TinySizeError extends Error {
  override readonly name = 'TinySizeError';
  readonly fix?: string;
  readonly place: Place;

  constructor(message: string, options: TinySizeErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    const { fix, cause: _cause, ...place } = options;
    this.fix = fix;
    this.place = place;
  }
}

/** "file:line:column (within)" or "" when the error has no place. */
export function formatPlace(place: Place): string {
  let text = place.file ?? '';
  if (place.file && place.line !== undefined) {
    text += `:${place.line}`;
    if (place.column !== undefined) text += `:${place.column}`;
  }
  if (place.within) text += text ? ` (${place.within})` : place.within;
  return text;
}

/** The message a user sees: place, what went wrong, the fix, and the causes that add information. */
export function formatError(error: unknown): string {
  if (!(error instanceof TinySizeError)) {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return `unexpected error (a bug in tiny-size-gate; please report it): ${detail}`;
  }
  const where = formatPlace(error.place);
  const lines = [where ? `${where}: ${error.message}` : error.message];
  for (let cause = error.cause; cause instanceof Error; cause = cause.cause) {
    if (cause.message && !lines[0]?.includes(cause.message)) lines.push(`  caused by: ${cause.message}`);
  }
  if (error.fix) lines.push(`  fix: ${error.fix}`);
  return lines.join('\n');
}
