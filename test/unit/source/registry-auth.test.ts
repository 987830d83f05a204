import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TinySizeError } from '../../../src/errors.js';
import { parseChallenges } from '../../../src/source/registry/challenge.js';
import { credentialsFor, normaliseAuthKey } from '../../../src/source/registry/credentials.js';
import {
  backoffMs,
  isRetryableStatus,
  parseRetryAfter,
  retryPolicy,
} from '../../../src/source/registry/retry.js';
import { tempDir } from './temp.js';

describe('parseChallenges', () => {
  it.each([
    [
      'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:samalba/my-app:pull,push"',
      [
        {
          scheme: 'bearer',
          params: {
            realm: 'https://auth.docker.io/token',
            service: 'registry.docker.io',
            scope: 'repository:samalba/my-app:pull,push',
          },
        },
      ],
    ],
    ['Basic realm="tsg"', [{ scheme: 'basic', params: { realm: 'tsg' } }]],
    ['basic Realm=plain', [{ scheme: 'basic', params: { realm: 'plain' } }]],
    [
      'Basic realm="a, b", Bearer realm="https://t/x", service=s',
      [
        { scheme: 'basic', params: { realm: 'a, b' } },
        { scheme: 'bearer', params: { realm: 'https://t/x', service: 's' } },
      ],
    ],
    ['Bearer realm="say \\"hi\\""', [{ scheme: 'bearer', params: { realm: 'say "hi"' } }]],
    [
      'Bearer  realm = "x" , error="insufficient_scope"',
      [{ scheme: 'bearer', params: { realm: 'x', error: 'insufficient_scope' } }],
    ],
    ['', []],
  ])('%s', (header, expected) => {
    expect(parseChallenges(header)).toEqual(expected);
  });
});

describe('credentialsFor', () => {
  const dir = tempDir();
  const write = (name: string, config: unknown) => {
    const configDir = join(dir, name);
    mkdirSync(configDir);
    writeFileSync(join(configDir, 'config.json'), JSON.stringify(config));
    return configDir;
  };
  const b64 = (text: string) => Buffer.from(text).toString('base64');

  it.each([
    [
      'a bare host key with auth',
      { auths: { 'reg.io:5000': { auth: b64('u:p:with:colons') } } },
      'reg.io:5000',
      ['u', 'p:with:colons'],
    ],
    ['an https URL key', { auths: { 'https://reg.io/v2/': { auth: b64('a:b') } } }, 'reg.io', ['a', 'b']],
    [
      'Docker Hub under index.docker.io/v1/',
      { auths: { 'https://index.docker.io/v1/': { auth: b64('hub:pw') } } },
      'docker.io',
      ['hub', 'pw'],
    ],
    [
      'username and password fields',
      { auths: { 'reg.io': { username: 'x', password: 'y' } } },
      'reg.io',
      ['x', 'y'],
    ],
    ['another registry only', { auths: { 'other.io': { auth: b64('a:b') } } }, 'reg.io', undefined],
    ['a port that differs', { auths: { 'reg.io:5000': { auth: b64('a:b') } } }, 'reg.io', undefined],
  ])('reads %s', async (name, config, registry, expected) => {
    const dockerConfigDir = write(name.replace(/\W+/g, '-'), config);
    const found = await credentialsFor(registry, { dockerConfigDir });
    if (expected === undefined) expect(found).toBeUndefined();
    else {
      expect([found?.username, found?.password]).toEqual(expected);
      expect(found?.origin).toContain(join(dockerConfigDir, 'config.json'));
    }
  });

  it('honours DOCKER_CONFIG, and explicit options over the file', async () => {
    const configDir = write('env', { auths: { 'reg.io': { auth: b64('file:secret') } } });
    const saved = process.env.DOCKER_CONFIG;
    process.env.DOCKER_CONFIG = configDir;
    try {
      expect((await credentialsFor('reg.io'))?.username).toBe('file');
      expect(await credentialsFor('reg.io', { username: 'opt', password: 'pw' })).toMatchObject({
        username: 'opt',
        password: 'pw',
      });
    } finally {
      if (saved === undefined) delete process.env.DOCKER_CONFIG;
      else process.env.DOCKER_CONFIG = saved;
    }
  });

  it('asks a credential helper (credHelpers, then credsStore) without blocking, with the server on stdin', async () => {
    const bin = join(dir, 'bin');
    mkdirSync(bin, { recursive: true });
    // A real executable on PATH, as docker-credential-* helpers are: it echoes the server it was asked for.
    writeFileSync(
      join(bin, 'docker-credential-tsgtest'),
      '#!/bin/sh\nread server\nprintf \'{"Username":"helper-user","Secret":"for %s"}\' "$server"\n',
      { mode: 0o755 },
    );
    const savedPath = process.env.PATH;
    process.env.PATH = `${bin}:${savedPath}`;
    try {
      const byRegistry = write('helpers', { credHelpers: { 'reg.io': 'tsgtest' } });
      expect(await credentialsFor('reg.io', { dockerConfigDir: byRegistry })).toEqual({
        username: 'helper-user',
        password: 'for reg.io',
        origin: 'credential helper docker-credential-tsgtest',
      });
      const store = write('store', { credsStore: 'tsgtest' });
      expect((await credentialsFor('docker.io', { dockerConfigDir: store }))?.password).toBe(
        'for https://index.docker.io/v1/',
      );
      const absent = write('absent', { credsStore: 'no-such-helper' });
      expect(await credentialsFor('reg.io', { dockerConfigDir: absent })).toBeUndefined();
    } finally {
      process.env.PATH = savedPath;
    }
  });

  it('is anonymous without a config file', async () => {
    expect(await credentialsFor('reg.io', { dockerConfigDir: join(dir, 'none') })).toBeUndefined();
  });

  it.each([
    ['a username without a password', { username: 'u' }, /only the username is set/],
    ['a password without a username', { password: 'p' }, /only the password is set/],
  ])('refuses %s', async (_name, options, message) => {
    await expect(credentialsFor('reg.io', options)).rejects.toThrow(message);
  });

  it('names the file when config.json is not JSON or an auth is not user:password', async () => {
    const broken = join(dir, 'broken');
    mkdirSync(broken);
    writeFileSync(join(broken, 'config.json'), '{not json');
    await expect(credentialsFor('reg.io', { dockerConfigDir: broken })).rejects.toThrow(TinySizeError);
    const noColon = write('nocolon', { auths: { 'reg.io': { auth: b64('justuser') } } });
    try {
      await credentialsFor('reg.io', { dockerConfigDir: noColon });
      expect.unreachable();
    } catch (error) {
      expect((error as TinySizeError).place.file).toBe(join(noColon, 'config.json'));
      expect((error as TinySizeError).message).toContain('auths["reg.io"]');
    }
  });

  it.each([
    ['https://index.docker.io/v1/', 'docker.io'],
    ['registry-1.docker.io', 'docker.io'],
    ['http://Reg.IO:5000/v2', 'reg.io:5000'],
    ['[::1]:5000', '[::1]:5000'],
  ])('normalises the key %s → %s', (key, expected) => {
    expect(normaliseAuthKey(key)).toBe(expected);
  });
});

describe('retry policy', () => {
  it.each([
    [429, true],
    [500, true],
    [502, true],
    [503, true],
    [408, true],
    [501, false],
    [400, false],
    [401, false],
    [404, false],
  ])('status %i retryable: %s', (status, expected) => {
    expect(isRetryableStatus(status)).toBe(expected);
  });

  it('doubles the backoff up to the cap, with jitter of ±25%', () => {
    const policy = retryPolicy({ baseDelayMs: 100, maxDelayMs: 1000 });
    expect([1, 2, 3, 4, 5].map((n) => backoffMs(policy, n, () => 0.5))).toEqual([100, 200, 400, 800, 1000]);
    expect(backoffMs(policy, 1, () => 0)).toBe(75);
    expect(backoffMs(policy, 1, () => 0.999999)).toBe(125);
  });

  it.each([
    ['3', 3000],
    [' 0 ', 0],
    ['Wed, 21 Oct 2015 07:28:05 GMT', 5000],
    ['soon', undefined],
    [null, undefined],
  ])('Retry-After %j → %j ms', (value, expected) => {
    expect(parseRetryAfter(value, Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(expected);
  });
});
