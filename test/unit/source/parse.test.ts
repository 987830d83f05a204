import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { TinySizeError } from '../../../src/errors.js';
import { platformMatches } from '../../../src/oci/types.js';
import { describeSource, looksLikeImageReference, parseSourceRef } from '../../../src/source/index.js';
import { archiveOf } from './build.js';
import { tempDir } from './temp.js';

const dir = tempDir();
const digest = `sha256:${'ab'.repeat(32)}`;

function parseError(text: string): TinySizeError {
  try {
    parseSourceRef(text);
  } catch (error) {
    expect(error).toBeInstanceOf(TinySizeError);
    return error as TinySizeError;
  }
  throw new Error(`expected ${text} to be refused`);
}

describe('parseSourceRef', () => {
  it.each([
    ['oci:out/layout', { kind: 'oci', path: 'out/layout' }],
    ['oci-archive:out/app.tar', { kind: 'oci-archive', path: 'out/app.tar' }],
    ['docker-archive:/abs/app.tar', { kind: 'docker-archive', path: '/abs/app.tar' }],
    ['docker:hello', { kind: 'docker', reference: 'hello' }],
    ['docker:src/app:1.0', { kind: 'docker', reference: 'src/app:1.0' }],
    ['docker-daemon:localhost:5000/a/b:t', { kind: 'docker', reference: 'localhost:5000/a/b:t' }],
    [`docker:app@${digest}`, { kind: 'docker', reference: `app@${digest}` }],
    ['hello:latest', { kind: 'docker', reference: 'hello:latest' }],
    // A registry host: the local engine, else that registry (issue 10, item 8).
    ['localhost:5000/app', { kind: 'docker', reference: 'localhost:5000/app', orRegistry: true }],
    ['ghcr.io/org/app:v1', { kind: 'docker', reference: 'ghcr.io/org/app:v1', orRegistry: true }],
    ['127.0.0.1:5000/app:1', { kind: 'docker', reference: '127.0.0.1:5000/app:1', orRegistry: true }],
    // A layout or archive and one of its images: the path ends at the first colon (containers/image).
    ['oci:out/layout:v1', { kind: 'oci', path: 'out/layout', ref: 'v1' }],
    [
      'oci-archive:app.tar:example.com/app:1',
      { kind: 'oci-archive', path: 'app.tar', ref: 'example.com/app:1' },
    ],
    [
      'docker-archive:both.tar:hello:latest',
      { kind: 'docker-archive', path: 'both.tar', ref: 'hello:latest' },
    ],
    [digest, { kind: 'docker', reference: digest }],
  ])('%s', (text, expected) => {
    const source = parseSourceRef(text);
    expect(source).toEqual(expected);
    expect(parseSourceRef(describeSource(source))).toEqual(expected);
  });

  it.each([
    ['containers-storage:app', /unknown image source prefix "containers-storage:"/],
    ['https://example.com/app.tar', /unknown image source prefix "https:"/],
    ['oci:', /names no path after oci:/],
    ['docker:Not A Ref', /is not an image reference/],
    ['No Such Thing!', /is neither an existing file or directory nor an image reference/],
  ])('refuses %s, listing the valid forms', (text, message) => {
    const error = parseError(text);
    expect(error.message).toMatch(message);
    expect(error.fix).toMatch(/oci:DIR, oci-archive:FILE, docker-archive:FILE, docker:REF/);
  });

  it.each([
    'nope.tar',
    './nope',
    'out/app.tar.gz',
    'layout.oci',
  ])('reports a mistyped %s as a missing file, not a missing engine image (issue 10, item 8)', (text) => {
    const error = parseError(text);
    expect(error.message).toBe(`${text} does not exist (looked for it in ${process.cwd()})`);
    expect(error.place.file).toBe(text);
    expect(error.fix).toMatch(/^Check the file name; for an image in the local engine write docker:/);
  });

  it('guesses a layout directory, and refuses a directory that is not one', () => {
    const layout = join(dir, 'layout');
    mkdirSync(layout);
    writeFileSync(join(layout, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}');
    expect(parseSourceRef(layout)).toEqual({ kind: 'oci', path: layout });
    const plain = join(dir, 'plain');
    mkdirSync(plain);
    expect(parseError(plain).message).toContain('is not an OCI image layout');
  });

  it.each([
    ['a docker save archive', { 'manifest.json': '[]', 'abc.json': '{}' }, 'docker-archive'],
    ['an OCI archive', { 'oci-layout': '{}', 'index.json': '{}', 'blobs/sha256/x': 'x' }, 'oci-archive'],
    [
      'a Docker 25 archive (both)',
      { 'blobs/sha256/x': 'x', 'index.json': '{}', 'manifest.json': '[]', 'oci-layout': '{}' },
      'docker-archive',
    ],
  ])('guesses %s by peeking at its entries', async (name, files, kind) => {
    const path = join(dir, `${name}.tar`);
    writeFileSync(path, await archiveOf(files));
    expect(parseSourceRef(path)).toEqual({ kind, path });
  });

  it('refuses files it cannot tell, saying what to write', async () => {
    const gz = join(dir, 'app.tar.gz');
    writeFileSync(gz, gzipSync(await archiveOf({ 'manifest.json': '[]' })));
    expect(parseError(gz).fix).toBe(`Name its kind: oci-archive:${gz} or docker-archive:${gz}.`);
    const other = join(dir, 'other.tar');
    writeFileSync(other, await archiveOf({ README: 'hi' }));
    expect(parseError(other).message).toContain('is a tar archive but not an image archive');
    const text = join(dir, 'notes.txt');
    writeFileSync(text, 'hello '.repeat(200));
    expect(parseError(text).message).toContain('is not a tar archive');
  });
});

describe('looksLikeImageReference', () => {
  it.each([
    ['busybox', true],
    ['library/busybox:1.36', true],
    ['127.0.0.1:5555/src/app:tag', true],
    [`app:v1@${digest}`, true],
    ['Upper', false],
    ['app/Upper:1', false],
    ['app:', false],
    ['a b', false],
    ['./relative/path.tar', false],
  ])('%s → %s', (text, expected) => {
    expect(looksLikeImageReference(text)).toBe(expected);
  });
});

describe('platformMatches', () => {
  it.each([
    ['linux/amd64', { os: 'linux', architecture: 'amd64' }, true],
    ['linux/arm64', { os: 'linux', architecture: 'arm64', variant: 'v8' }, true],
    ['linux/arm64/v8', { os: 'linux', architecture: 'arm64' }, true],
    ['linux/arm/v7', { os: 'linux', architecture: 'arm', variant: 'v6' }, false],
    ['linux/amd64', { os: 'windows', architecture: 'amd64' }, false],
  ])('%s vs %o → %s', (wanted, platform, expected) => {
    expect(platformMatches(wanted, platform)).toBe(expected);
  });
});
