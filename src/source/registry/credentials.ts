/**
 * Registry credentials: given explicitly (the action's registry-username/registry-password), or
 * from Docker's config.json (`auths` entries written by `docker login`, or a credential helper).
 * https://docs.docker.com/reference/cli/docker/login/#credential-stores
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { TinySizeError } from '../../errors.js';
import { dockerHub, isDockerHub } from './reference.js';

export interface Credentials {
  username: string;
  password: string;
  /** Where they came from, for messages (never the secret itself). */
  origin: string;
}

export interface CredentialOptions {
  username?: string;
  password?: string;
  /** The directory holding config.json; default: $DOCKER_CONFIG, else ~/.docker. */
  dockerConfigDir?: string;
}

interface AuthEntry {
  auth?: string;
  username?: string;
  password?: string;
  identitytoken?: string;
}

interface DockerConfig {
  auths?: Record<string, AuthEntry>;
  credsStore?: string;
  credHelpers?: Record<string, string>;
}

export function dockerConfigPath(options: CredentialOptions = {}): string {
  const dir = options.dockerConfigDir ?? process.env.DOCKER_CONFIG ?? join(homedir(), '.docker');
  return join(dir, 'config.json');
}

/** `https://index.docker.io/v1/` → `docker.io`; `http://host:5000/v2` → `host:5000`. */
export function normaliseAuthKey(key: string): string {
  const host = key
    .replace(/^[a-z]+:\/\//i, '')
    .split('/')[0]
    ?.toLowerCase();
  return host && isDockerHub(host) ? dockerHub : (host ?? '');
}

/** The server name Docker's credential helpers know Docker Hub by. */
function helperServer(registry: string): string {
  return registry === dockerHub ? 'https://index.docker.io/v1/' : registry;
}

async function readConfig(path: string): Promise<DockerConfig | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new TinySizeError(`cannot read the Docker config ${path}: ${(error as Error).message}`, {
      file: path,
      cause: error,
      fix: 'Make the file readable, or point DOCKER_CONFIG at another directory.',
    });
  }
  try {
    const value = JSON.parse(text) as unknown;
    return value && typeof value === 'object' ? (value as DockerConfig) : {};
  } catch (error) {
    throw new TinySizeError(`the Docker config ${path} is not valid JSON: ${(error as Error).message}`, {
      file: path,
      cause: error,
      fix: 'Repair it or log in again with `docker login`.',
    });
  }
}

function fromEntry(entry: AuthEntry, origin: string, path: string): Credentials | undefined {
  if (entry.auth) {
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon === -1) {
      throw new TinySizeError(`the "auth" of ${origin} is not base64 of username:password`, {
        file: path,
        within: origin,
        fix: 'Log in again with `docker login` to rewrite it.',
      });
    }
    return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1), origin };
  }
  if (entry.username && entry.password) return { username: entry.username, password: entry.password, origin };
  return undefined;
}

/** Runs `docker-credential-<helper> get` without blocking; undefined when the helper is absent or has nothing. */
async function fromHelper(helper: string, registry: string): Promise<Credentials | undefined> {
  const out = await new Promise<string | undefined>((resolve) => {
    const child = execFile(
      `docker-credential-${helper}`,
      ['get'],
      { encoding: 'utf8', timeout: 10_000, maxBuffer: 1024 * 1024 },
      (error, stdout) => resolve(error ? undefined : stdout),
    );
    child.stdin?.on('error', () => undefined); // a helper that exits before reading
    child.stdin?.end(helperServer(registry));
  });
  if (out === undefined) return undefined;
  try {
    const { Username, Secret } = JSON.parse(out) as { Username?: string; Secret?: string };
    if (!Secret) return undefined;
    return {
      username: Username ?? '',
      password: Secret,
      origin: `credential helper docker-credential-${helper}`,
    };
  } catch {
    return undefined;
  }
}

/** Credentials for a registry (`docker.io`, `127.0.0.1:5000`), or undefined for anonymous access. */
export async function credentialsFor(
  registry: string,
  options: CredentialOptions = {},
): Promise<Credentials | undefined> {
  if (options.username !== undefined || options.password !== undefined) {
    if (!options.username || !options.password) {
      throw new TinySizeError(
        `registry credentials for ${registry} need both a username and a password (only the ${options.username ? 'username' : 'password'} is set)`,
        {
          fix: 'Set both registry-username and registry-password, or neither to use docker login credentials.',
        },
      );
    }
    return {
      username: options.username,
      password: options.password,
      origin: 'the given registry username and password',
    };
  }
  const path = dockerConfigPath(options);
  const config = await readConfig(path);
  if (!config) return undefined;
  const wanted = registry.toLowerCase();
  const helper = config.credHelpers?.[registry] ?? config.credHelpers?.[helperServer(registry)];
  if (helper) return fromHelper(helper, registry);
  for (const [key, entry] of Object.entries(config.auths ?? {})) {
    if (normaliseAuthKey(key) !== wanted || !entry || typeof entry !== 'object') continue;
    const found = fromEntry(entry, `auths["${key}"]`, path);
    if (found) return { ...found, origin: `${path} ${found.origin}` };
  }
  if (config.credsStore) return fromHelper(config.credsStore, registry);
  return undefined;
}
