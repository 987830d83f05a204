/**
 * Image references as Docker writes them: `[host[:port]/]repo[:tag][@sha256:…]`, with Docker Hub's
 * short names (`alpine` = docker.io/library/alpine) and IPv6 literals (`[::1]:5000/repo`).
 * Grammar: https://github.com/distribution/reference/blob/main/reference.go
 */
import { isIP } from 'node:net';
import { TinySizeError } from '../../errors.js';

export interface RegistryReference {
  /** The registry as written (`127.0.0.1:5000`, `[::1]:5000`, `ghcr.io`); Docker Hub is `docker.io`. */
  registry: string;
  /** `library/alpine`, `org/app`. */
  repository: string;
  tag?: string;
  digest?: string;
}

export const dockerHub = 'docker.io';
/** Where Docker Hub's Distribution API answers. */
export const dockerHubApiHost = 'registry-1.docker.io';
const dockerHubAliases = new Set([dockerHub, 'index.docker.io', dockerHubApiHost]);

const pathComponent = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const tagPattern = /^[\w][\w.-]{0,127}$/;
const digestPattern = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;
const hostLabel = /^[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?$/;
const maxNameLength = 255;

const forms =
  'host[:port]/repository[:tag][@sha256:digest], e.g. ghcr.io/org/app:v1, 127.0.0.1:5000/app@sha256:…, alpine';

function malformed(text: string, why: string): TinySizeError {
  return new TinySizeError(`"${text}" is not a valid image reference: ${why}`, {
    file: `registry:${text}`,
    fix: `Write ${forms}.`,
  });
}

/** True for Docker Hub under any of its names. */
export function isDockerHub(registry: string): boolean {
  return dockerHubAliases.has(registry.toLowerCase());
}

/** `host` without its port, brackets removed from an IPv6 literal. */
export function hostName(registry: string): string {
  if (registry.startsWith('[')) return registry.slice(1, registry.indexOf(']'));
  const colon = registry.lastIndexOf(':');
  return colon === -1 ? registry : registry.slice(0, colon);
}

/** Loopback hosts, the only ones spoken to over plain HTTP unless `insecure` allows it. */
export function isLoopback(registry: string): boolean {
  const host = hostName(registry).toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  return host === '::1' || host === '0:0:0:0:0:0:0:1';
}

function validRegistry(part: string): boolean {
  let host = part;
  let port: string | undefined;
  if (part.startsWith('[')) {
    const close = part.indexOf(']');
    if (close === -1) return false;
    host = part.slice(1, close);
    const rest = part.slice(close + 1);
    if (rest && !rest.startsWith(':')) return false;
    port = rest ? rest.slice(1) : undefined;
    // Distribution's grammar: hex digits and colons only (no zone, no embedded IPv4).
    if (!/^[0-9a-fA-F:]+$/.test(host) || isIP(host) !== 6) return false;
  } else {
    const colon = part.lastIndexOf(':');
    if (colon !== -1) {
      host = part.slice(0, colon);
      port = part.slice(colon + 1);
    }
    if (!host.split('.').every((label) => hostLabel.test(label))) return false;
  }
  if (port === undefined) return true;
  return /^[0-9]{1,5}$/.test(port) && Number(port) <= 65535;
}

/** Docker's rule: the first component is a registry when it has a `.` or `:`, is `localhost`, or is bracketed. */
function looksLikeRegistry(first: string): boolean {
  return first.includes('.') || first.includes(':') || first === 'localhost' || first.startsWith('[');
}

/** True when a reference names its registry (`127.0.0.1:5000/app:1`, `ghcr.io/org/app`), not a Docker Hub short name. */
export function hasRegistryHost(text: string): boolean {
  const slash = text.indexOf('/');
  return slash !== -1 && looksLikeRegistry(text.slice(0, slash));
}

export function parseRegistryReference(text: string): RegistryReference {
  if (!text) throw malformed(text, 'it is empty');
  if (/\s/.test(text)) throw malformed(text, 'it contains white space');
  let rest = text;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at !== -1) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!digestPattern.test(digest)) throw malformed(text, `"${digest}" after @ is not a digest`);
    if (digest.startsWith('sha256:') && !/^sha256:[a-f0-9]{64}$/.test(digest)) {
      throw malformed(text, `"${digest}" is not sha256: followed by 64 lowercase hex digits`);
    }
  }
  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  // A colon after the last slash separates the tag; before it, it belongs to host:port.
  if (colon > lastSlash && !(lastSlash === -1 && rest.startsWith('['))) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!tagPattern.test(tag)) {
      throw malformed(
        text,
        `"${tag}" is not a tag (letters, digits, _ . -, at most 128, not starting with . or -)`,
      );
    }
  }
  const slash = rest.indexOf('/');
  let registry = dockerHub;
  let repository = rest;
  if (slash !== -1 && looksLikeRegistry(rest.slice(0, slash))) {
    registry = rest.slice(0, slash);
    repository = rest.slice(slash + 1);
    if (!validRegistry(registry))
      throw malformed(text, `"${registry}" is not a host name, IP address or host:port`);
  } else if (looksLikeRegistry(rest) && rest.startsWith('[')) {
    throw malformed(text, 'it names a registry but no repository');
  }
  if (!repository) throw malformed(text, 'it names no repository');
  for (const component of repository.split('/')) {
    if (!pathComponent.test(component)) {
      throw malformed(
        text,
        component
          ? `"${component}" is not a repository name component (lowercase letters, digits, and . _ __ - between them)`
          : 'the repository has an empty path component',
      );
    }
  }
  if (isDockerHub(registry)) {
    registry = dockerHub;
    if (!repository.includes('/')) repository = `library/${repository}`;
  }
  if (registry.length + 1 + repository.length > maxNameLength) {
    throw malformed(text, `the name is longer than ${maxNameLength} characters`);
  }
  const reference: RegistryReference = { registry, repository };
  if (tag !== undefined) reference.tag = tag;
  if (digest !== undefined) reference.digest = digest;
  // Like docker pull: no tag and no digest means latest.
  if (tag === undefined && digest === undefined) reference.tag = 'latest';
  return reference;
}

/** The full form: `docker.io/library/alpine:latest`, `127.0.0.1:5000/app:1@sha256:…`. */
export function formatReference(reference: RegistryReference): string {
  let text = `${reference.registry}/${reference.repository}`;
  if (reference.tag !== undefined) text += `:${reference.tag}`;
  if (reference.digest !== undefined) text += `@${reference.digest}`;
  return text;
}

/** The host the Distribution API answers on. */
export function apiHost(reference: RegistryReference): string {
  return reference.registry === dockerHub ? dockerHubApiHost : reference.registry;
}

/** What to ask the registry for: the digest when there is one (it pins the bytes), else the tag. */
export function manifestReference(reference: RegistryReference): string {
  return reference.digest ?? reference.tag ?? 'latest';
}
