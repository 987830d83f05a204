import { describe, expect, it } from 'vitest';
import { TinySizeError } from '../../../src/errors.js';
import { describeSource, parseSourceRef } from '../../../src/source/index.js';
import {
  apiHost,
  formatReference,
  isLoopback,
  manifestReference,
  parseRegistryReference,
} from '../../../src/source/registry/reference.js';

const digest = `sha256:${'0123456789abcdef'.repeat(4)}`;

describe('parseRegistryReference', () => {
  it.each([
    ['alpine', { registry: 'docker.io', repository: 'library/alpine', tag: 'latest' }],
    ['alpine:3.20', { registry: 'docker.io', repository: 'library/alpine', tag: '3.20' }],
    ['docker.io/x/y', { registry: 'docker.io', repository: 'x/y', tag: 'latest' }],
    ['index.docker.io/alpine:1', { registry: 'docker.io', repository: 'library/alpine', tag: '1' }],
    ['org/app:v1', { registry: 'docker.io', repository: 'org/app', tag: 'v1' }],
    ['ghcr.io/org/app:v1', { registry: 'ghcr.io', repository: 'org/app', tag: 'v1' }],
    ['127.0.0.1:5000/app', { registry: '127.0.0.1:5000', repository: 'app', tag: 'latest' }],
    ['localhost/app:t', { registry: 'localhost', repository: 'app', tag: 't' }],
    ['localhost:5000/a/b/c:t', { registry: 'localhost:5000', repository: 'a/b/c', tag: 't' }],
    ['[::1]:5000/repo', { registry: '[::1]:5000', repository: 'repo', tag: 'latest' }],
    ['[::1]/repo:tag', { registry: '[::1]', repository: 'repo', tag: 'tag' }],
    ['[fe80::1%25]/x', undefined],
    [`app@${digest}`, { registry: 'docker.io', repository: 'library/app', digest }],
    [`h.io/app:1.0@${digest}`, { registry: 'h.io', repository: 'app', tag: '1.0', digest }],
    ['a.b-c/d__e/f---g.h_i:T_1.x-', { registry: 'a.b-c', repository: 'd__e/f---g.h_i', tag: 'T_1.x-' }],
  ])('%s', (text, expected) => {
    if (expected === undefined) {
      expect(() => parseRegistryReference(text)).toThrow(TinySizeError);
      return;
    }
    const parsed = parseRegistryReference(text);
    expect(parsed).toEqual(expected);
    // The full form parses back to the same reference.
    expect(parseRegistryReference(formatReference(parsed))).toEqual(parsed);
  });

  it.each([
    ['', /it is empty/],
    ['Upper/app', /"Upper" is not a repository name component/],
    ['app:', /"" is not a tag/],
    ['app:-x', /"-x" is not a tag/],
    [`app:${'t'.repeat(129)}`, /is not a tag/],
    ['app@sha256:abc', /is not sha256: followed by 64/],
    ['app@nodigest', /after @ is not a digest/],
    ['host:99999/app', /"host:99999" is not a host name/],
    ['-bad.io/app', /"-bad.io" is not a host name/],
    ['[::1:5000/app', /is not a host name/],
    ['[1.2.3.4]/app', /is not a host name/],
    ['h.io//app', /empty path component/],
    ['h.io/', /names no repository/],
    ['a b', /white space/],
    [`h.io/${'a'.repeat(260)}`, /longer than 255/],
  ])('refuses %j', (text, message) => {
    let error: unknown;
    try {
      parseRegistryReference(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TinySizeError);
    expect((error as TinySizeError).message).toMatch(message);
    expect((error as TinySizeError).fix).toMatch(/host\[:port\]\/repository\[:tag\]/);
  });

  it('asks Docker Hub at its API host, by digest before tag', () => {
    const ref = parseRegistryReference(`alpine:3@${digest}`);
    expect(apiHost(ref)).toBe('registry-1.docker.io');
    expect(manifestReference(ref)).toBe(digest);
    expect(manifestReference(parseRegistryReference('ghcr.io/a:b'))).toBe('b');
    expect(apiHost(parseRegistryReference('ghcr.io/a:b'))).toBe('ghcr.io');
  });
});

describe('isLoopback', () => {
  it.each([
    ['127.0.0.1:5000', true],
    ['127.1.2.3', true],
    ['localhost:5000', true],
    ['LOCALHOST', true],
    ['[::1]:5000', true],
    ['[::1]', true],
    ['128.0.0.1', false],
    ['10.0.0.1:5000', false],
    ['localhost.example.com', false],
    ['127.0.0.1.nip.io', false],
    ['ghcr.io', false],
    ['[::2]:5000', false],
  ])('%s → %s', (host, expected) => {
    expect(isLoopback(host)).toBe(expected);
  });
});

describe('parseSourceRef for registries', () => {
  it.each([
    ['registry:127.0.0.1:5000/app:1', '127.0.0.1:5000/app:1'],
    ['docker://ghcr.io/org/app:v1', 'ghcr.io/org/app:v1'],
    [`registry:alpine@${digest}`, `alpine@${digest}`],
    ['registry:[::1]:5000/repo', '[::1]:5000/repo'],
  ])('%s', (text, reference) => {
    const source = parseSourceRef(text);
    expect(source).toEqual({ kind: 'registry', reference });
    expect(parseSourceRef(describeSource(source))).toEqual(source);
  });

  it.each([['registry:'], ['registry:Bad/Name'], ['docker://app:']])('refuses %s', (text) => {
    expect(() => parseSourceRef(text)).toThrow(/is not a valid image reference/);
  });
});
