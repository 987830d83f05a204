/**
 * `WWW-Authenticate` challenges (RFC 7235): `Bearer realm="…",service="…",scope="…"` as Docker Hub,
 * GHCR and token-auth registries send, or `Basic realm="…"` from an htpasswd registry.
 * https://distribution.github.io/distribution/spec/auth/token/
 */

export interface Challenge {
  /** Lowercased: `bearer`, `basic`. */
  scheme: string;
  params: Record<string, string>;
}

/** Parses one header's challenges; quoted values may hold commas (`scope="repository:a:pull,push"`). */
export function parseChallenges(header: string): Challenge[] {
  const challenges: Challenge[] = [];
  let i = 0;
  const skip = (chars: string) => {
    while (i < header.length && chars.includes(header[i] as string)) i++;
  };
  const token = () => {
    const start = i;
    while (i < header.length && /[!#$%&'*+\-.^_`|~0-9A-Za-z]/.test(header[i] as string)) i++;
    return header.slice(start, i);
  };
  while (i < header.length) {
    skip(' ,\t');
    const scheme = token();
    if (!scheme) break;
    const challenge: Challenge = { scheme: scheme.toLowerCase(), params: {} };
    challenges.push(challenge);
    for (;;) {
      skip(' \t');
      const mark = i;
      const name = token();
      skip(' \t');
      if (!name || header[i] !== '=') {
        // The next scheme (or the end, or a token68 value we do not use).
        i = mark;
        break;
      }
      i++;
      skip(' \t');
      let value = '';
      if (header[i] === '"') {
        i++;
        while (i < header.length && header[i] !== '"') {
          if (header[i] === '\\') i++;
          value += header[i] ?? '';
          i++;
        }
        i++;
      } else {
        value = token();
      }
      challenge.params[name.toLowerCase()] = value;
      skip(' \t');
      if (header[i] !== ',') break;
      i++;
      // After a comma comes either another param or another challenge's scheme.
      const peek = i;
      skip(' \t');
      const next = token();
      skip(' \t');
      const isParam = next !== '' && header[i] === '=' && header[i + 1] !== '=';
      i = peek;
      if (!isParam) break;
    }
  }
  return challenges;
}

/** The pull scope of a repository: `repository:org/app:pull`. */
export function pullScope(repository: string): string {
  return `repository:${repository}:pull`;
}
