/**
 * @actions/cache swallows its own failures: it logs them (core.warning, core.error for a 5xx,
 * core.info for a reservation conflict) and returns "no cache". That makes a broken cache service
 * look like a cache miss, and turns a cache outage into an error annotation on a check that did not
 * fail. While the library runs, its workflow-command lines are diverted from stdout to the caller,
 * who reports them as one warning with context.
 */

/** The lines the library logs when it gives up; everything else passes through. */
const failureLine = /^(?:::(?:warning|error)(?: [^\n]*?)?::|(?:Failed to (?:save|restore): ))/;

/** Starts diverting; the returned function stops it (call it in a `finally`). */
export function divertCacheLog(onFailure: (message: string) => void): () => void {
  const stdout = process.stdout;
  const original = stdout.write;
  const diverted = function write(this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]): boolean {
    const text =
      typeof chunk === 'string' ? chunk : chunk instanceof Uint8Array ? Buffer.from(chunk).toString() : '';
    const match = failureLine.exec(text);
    if (!match) return (original as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
    onFailure(commandMessage(text, match[0]));
    const callback = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
    callback?.();
    return true;
  } as typeof stdout.write;
  stdout.write = diverted;
  return () => {
    // Only undo our own patch: someone may have wrapped stdout after us.
    if (stdout.write === diverted) stdout.write = original;
  };
}

/** The message of a `::warning::msg` line with the workflow-command escapes undone. */
function commandMessage(line: string, prefix: string): string {
  const body = line.startsWith('::') ? line.slice(prefix.length) : line;
  return body
    .replace(/\r?\n$/, '')
    .replace(/%0A/g, '\n')
    .replace(/%0D/g, '\r')
    .replace(/%25/g, '%');
}
