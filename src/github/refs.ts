// Git ref names as GitHub sends them. Apart from the event's schema (context.ts), so that the
// merge-base code, on the action's start path, does not load zod with it.

/** "refs/heads/main" -> "main"; other names unchanged. */
export function branchName(ref: string): string {
  return ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : ref;
}
