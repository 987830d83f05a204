/**
 * The native builder on real files in temporary directories: a table of Dockerfiles (each supported
 * instruction with the config it makes, each refused one with its message and line), Docker's
 * destination and .dockerignore rules, every way out of the context refused, and the same bytes
 * from two builds.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import tar from 'tar-stream';
import { afterAll, describe, expect, it } from 'vitest';
import {
  buildNative,
  NativeRefusal,
  type NativeSpec,
  prebuildArgv,
} from '../../../src/builders/native/index.js';
import { DockerIgnore } from '../../../src/builders/native/patterns.js';
import { TinySizeError } from '../../../src/errors.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function temp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tsg-native-'));
  dirs.push(dir);
  return dir;
}

type FileSpec = string | { content: string; mode: number } | { symlink: string } | { dir: number };

/** A context directory with these files (and a Dockerfile). */
function context(files: Record<string, FileSpec>, dockerfile: string, root = temp()): string {
  const ctx = join(root, 'ctx');
  mkdirSync(ctx, { recursive: true });
  writeFileSync(join(ctx, 'Dockerfile'), dockerfile);
  for (const [name, spec] of Object.entries(files)) {
    const path = join(ctx, name);
    mkdirSync(dirname(path), { recursive: true });
    if (typeof spec === 'string') writeFileSync(path, spec, { mode: 0o644 });
    else if ('symlink' in spec) symlinkSync(spec.symlink, path);
    else if ('dir' in spec) mkdirSync(path, { mode: spec.dir, recursive: true });
    else writeFileSync(path, Buffer.from(spec.content, 'latin1'), { mode: spec.mode });
  }
  return ctx;
}

interface Entry {
  name: string;
  type: string;
  mode: number;
  uid: number;
  gid: number;
  uname: string;
  mtime: number;
  content?: string;
  linkname?: string;
}

interface Built {
  digest: string;
  config: {
    created: string;
    architecture: string;
    config: Record<string, unknown>;
    rootfs: { diff_ids: string[] };
    history: { created_by: string; empty_layer?: boolean }[];
  };
  layers: Entry[][];
  gzipHeaders: Buffer[];
}

async function entriesOf(tarBytes: Buffer): Promise<Entry[]> {
  const out: Entry[] = [];
  const extract = tar.extract();
  const done = new Promise<void>((resolve, reject) => {
    extract.on('entry', (header, stream, next) => {
      const chunks: Buffer[] = [];
      stream.on('data', (c: unknown) => chunks.push(c as Buffer));
      stream.on('end', () => {
        out.push({
          name: header.name,
          type: header.type ?? 'file',
          mode: header.mode ?? 0,
          uid: header.uid ?? -1,
          gid: header.gid ?? -1,
          uname: header.uname ?? '',
          mtime: (header.mtime?.getTime() ?? -1) / 1000,
          ...(header.type === 'file' ? { content: Buffer.concat(chunks).toString() } : {}),
          ...(header.linkname ? { linkname: header.linkname } : {}),
        });
        next();
      });
    });
    extract.on('finish', resolve);
    extract.on('error', reject);
  });
  Readable.from([tarBytes]).pipe(extract as unknown as NodeJS.WritableStream);
  await done;
  return out;
}

async function build(ctx: string, extra: Partial<NativeSpec> = {}, epoch?: number): Promise<Built> {
  const work = temp();
  const result = await buildNative(
    { context: ctx, dockerfile: join(ctx, 'Dockerfile'), buildArgs: {}, ...extra },
    { workDir: work, output: join(work, 'layout'), ...(epoch !== undefined ? { epoch } : {}) },
  );
  const blob = (digest: string) => readFileSync(join(result.layout, 'blobs/sha256', digest.slice(7)));
  const manifest = JSON.parse(blob(result.manifestDigest).toString());
  const layers: Entry[][] = [];
  const gzipHeaders: Buffer[] = [];
  for (const layer of manifest.layers) {
    const gz = blob(layer.digest);
    gzipHeaders.push(gz.subarray(0, 10));
    layers.push(await entriesOf(gunzipSync(gz)));
  }
  return {
    digest: result.manifestDigest,
    config: JSON.parse(blob(manifest.config.digest).toString()),
    layers,
    gzipHeaders,
  };
}

async function refusal(ctx: string, extra: Partial<NativeSpec> = {}): Promise<TinySizeError> {
  try {
    await build(ctx, extra);
  } catch (error) {
    if (error instanceof TinySizeError) return error;
    throw error;
  }
  throw new Error('the build was not refused');
}

const names = (entries: Entry[]) => entries.map((e) => e.name);

describe('supported instructions: the config they make', () => {
  const cases: [string, string, Record<string, unknown>][] = [
    ['CMD exec form', 'CMD ["/hello", "a b"]', { Cmd: ['/hello', 'a b'] }],
    ['CMD shell form', 'CMD /hello world', { Cmd: ['/bin/sh', '-c', '/hello world'] }],
    ['ENTRYPOINT exec form', 'ENTRYPOINT ["/http"]', { Entrypoint: ['/http'] }],
    ['ENTRYPOINT shell form', 'ENTRYPOINT /http 8080', { Entrypoint: ['/bin/sh', '-c', '/http 8080'] }],
    [
      'ENV both forms, with quotes and expansion',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: Dockerfile text, expanded by the builder
      'ENV A=1 B="two words"\nENV C ${A}-x\nENV D=\'$A\'',
      {
        Env: [
          'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
          'A=1',
          'B=two words',
          'C=1-x',
          'D=$A',
        ],
      },
    ],
    [
      'EXPOSE ports, protocols and ranges',
      'EXPOSE 80 53/udp 8000-8001',
      { ExposedPorts: { '80/tcp': {}, '53/udp': {}, '8000/tcp': {}, '8001/tcp': {} } },
    ],
    ['LABEL with quotes', 'LABEL a=b "c d"="e f"', { Labels: { a: 'b', 'c d': 'e f' } }],
    ['USER numeric', 'USER 65534:65534', { User: '65534:65534' }],
    ['WORKDIR relative to the last', 'WORKDIR /srv\nWORKDIR www', { WorkingDir: '/srv/www' }],
    [
      'ARG with a build arg and a default',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: Dockerfile text, expanded by the builder
      'ARG PORT\nARG NAME=def\nLABEL p=$PORT n=${NAME}',
      { Labels: { p: '9000', n: 'def' } },
    ],
    [
      'ARG default forms; a build arg no ARG declares stays unset',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: Dockerfile text, expanded by the builder
      'ARG X\nLABEL a=${X:-none} b=${X:+set} c=${PORT:+set} d=${UNDECLARED:-unset}',
      { Labels: { a: 'none', b: '', c: 'set', d: 'unset' } },
    ],
    ['STOPSIGNAL', 'STOPSIGNAL SIGINT', { StopSignal: 'SIGINT' }],
    ['HEALTHCHECK NONE', 'HEALTHCHECK NONE', { Healthcheck: { Test: ['NONE'] } }],
    ['TARGETARCH from the platform', 'ARG TARGETARCH\nLABEL arch=$TARGETARCH', { Labels: { arch: 'arm64' } }],
  ];
  it.each(cases)('%s', async (_, lines, expected) => {
    const ctx = context({}, `FROM scratch\nARG PORT\n${lines}\n`);
    const built = await build(ctx, { buildArgs: { PORT: '9000', UNDECLARED: 'x' }, platform: 'linux/arm64' });
    expect(built.config.config).toMatchObject(expected);
    expect(built.layers).toEqual([]);
    expect(built.config.architecture).toBe('arm64');
  });

  it('global ARGs choose the stage and the target picks it', async () => {
    const ctx = context(
      { a: 'A' },
      // biome-ignore lint/suspicious/noTemplateCurlyInString: Dockerfile text, expanded by the builder
      'ARG BASE=scratch\nFROM ${BASE} AS final\nCOPY a /\nFROM scratch AS other\n',
    );
    const built = await build(ctx, { target: 'final' });
    expect(names(built.layers[0] ?? [])).toEqual(['a']);
  });

  it('records history for every instruction, empty_layer for config ones, and created from the epoch', async () => {
    const ctx = context({ a: 'A' }, 'FROM scratch\nCOPY --chmod=755 a /a\nCMD ["/a"]\n');
    const built = await build(ctx, {}, 1_700_000_000);
    expect(built.config.history.map((h) => [h.created_by, h.empty_layer ?? false])).toEqual([
      ['COPY --chmod=755 a /a', false],
      ['CMD ["/a"]', true],
    ]);
    expect(built.config.created).toBe('2023-11-14T22:13:20Z');
    expect(built.config.rootfs.diff_ids).toHaveLength(1);
  });
});

describe('refused, with the line and the alternative', () => {
  const cases: [string, string, number, RegExp][] = [
    ['RUN in the final stage', 'FROM scratch\nRUN echo hi', 2, /RUN in the final stage/],
    [
      'a base image',
      'FROM debian:bookworm-slim\nCOPY a /',
      1,
      /`FROM scratch` images only.*FROM debian:bookworm-slim/,
    ],
    ['FROM another stage', 'FROM scratch AS a\nFROM a\nCOPY a /', 2, /FROM scratch` images only/],
    ['ADD of a URL', 'FROM scratch\nADD https://example.com/x /x', 2, /never the network/],
    [
      'COPY --from a stage with no directory',
      'FROM scratch AS b\nFROM scratch\nCOPY --from=b /x /x',
      3,
      /does not run stage `b`/,
    ],
    ['COPY --chown with names', 'FROM scratch\nCOPY --chown=app:app a /', 2, /numeric ids/],
    ['COPY --parents', 'FROM scratch\nCOPY --parents a /', 2, /--parents is not supported/],
    ['a here-document', 'FROM scratch\nCOPY <<EOF /x\nhi\nEOF', 2, /here-document/],
    ['HEALTHCHECK CMD', 'FROM scratch\nHEALTHCHECK CMD ["/x"]', 2, /HEALTHCHECK CMD is not supported/],
    ['VOLUME', 'FROM scratch\nVOLUME /data', 2, /VOLUME is not supported.*it supports COPY/],
    ['SHELL', 'FROM scratch\nSHELL ["/bin/ash", "-c"]', 2, /SHELL is not supported/],
    ['ONBUILD', 'FROM scratch\nONBUILD COPY a /', 2, /ONBUILD is not supported/],
  ];
  it.each(cases)('%s', async (_, dockerfile, line, message) => {
    const error = await refusal(context({ a: 'A' }, `${dockerfile}\n`));
    expect(error).toBeInstanceOf(NativeRefusal);
    expect(error.message).toMatch(message);
    expect(error.place.line).toBe(line);
    expect(error.place.file).toMatch(/Dockerfile$/);
    expect(error.fix).toMatch(/builder: docker|buildah/);
  });

  it('ADD of a local archive (ADD would unpack it)', async () => {
    const ctx = context({ 'a.tgz': { content: '\x1f\x8bxx', mode: 0o644 } }, 'FROM scratch\nADD a.tgz /\n');
    const error = await refusal(ctx);
    expect(error).toBeInstanceOf(NativeRefusal);
    expect(error.message).toMatch(/unpacks a local archive/);
  });

  it('ADD of a plain local file is a copy', async () => {
    const built = await build(context({ 'a.txt': 'A' }, 'FROM scratch\nADD a.txt /x/\n'));
    expect(names(built.layers[0] ?? [])).toEqual(['x/', 'x/a.txt']);
  });
});

describe("Docker's destination rules and layer entries", () => {
  const files: Record<string, FileSpec> = {
    'a.txt': 'A',
    'run.sh': { content: '#!/bin/sh', mode: 0o700 },
    'dir/f': 'F',
    'dir/sub/g': 'G',
    'dir/sub': { dir: 0o700 },
    'dir/ln': { symlink: 'f' },
    'x1.txt': '1',
    'x2.txt': '2',
  };

  it('a file to a path, to a directory (trailing slash), WORKDIR-relative; parents as entries', async () => {
    const built = await build(
      context(
        files,
        'FROM scratch\nCOPY a.txt /b\nCOPY a.txt /app/\nWORKDIR /w\nCOPY a.txt ./\nCOPY a.txt c\n',
      ),
    );
    expect(built.layers.map(names)).toEqual([['b'], ['app/', 'app/a.txt'], ['w/', 'w/a.txt'], ['w/', 'w/c']]);
  });

  it("a directory's contents, not the directory; sub-directories, symlinks kept; modes as git keeps them", async () => {
    const built = await build(context(files, 'FROM scratch\nCOPY dir /data/x/\nCOPY run.sh /\n'));
    const [layer = [], script = []] = built.layers;
    expect(layer.map((e) => [e.name, e.type, e.mode.toString(8)])).toEqual([
      ['data/', 'directory', '755'],
      ['data/x/', 'directory', '755'],
      ['data/x/f', 'file', '644'],
      ['data/x/ln', 'symlink', '777'],
      ['data/x/sub/', 'directory', '755'],
      ['data/x/sub/g', 'file', '644'],
    ]);
    expect(layer.find((e) => e.name === 'data/x/ln')?.linkname).toBe('f');
    expect(script.map((e) => [e.name, e.mode.toString(8)])).toEqual([['run.sh', '755']]);
  });

  it('globs, --chmod and numeric --chown (also on the new parent directories)', async () => {
    const built = await build(context(files, 'FROM scratch\nCOPY --chmod=600 --chown=10:20 x*.txt /o/\n'));
    expect(built.layers[0]?.map((e) => [e.name, e.mode.toString(8), e.uid, e.gid])).toEqual([
      ['o/', '755', 10, 20],
      ['o/x1.txt', '600', 10, 20],
      ['o/x2.txt', '600', 10, 20],
    ]);
  });

  it('owner 0:0 with empty names and one mtime, from SOURCE_DATE_EPOCH', async () => {
    const built = await build(context(files, 'FROM scratch\nCOPY dir /d/\n'), {}, 1234);
    for (const entry of built.layers[0] ?? []) {
      expect([entry.uid, entry.gid, entry.uname, entry.mtime]).toEqual([0, 0, '', 1234]);
    }
  });

  it('several sources need a directory destination; a glob that matches nothing fails', async () => {
    expect((await refusal(context(files, 'FROM scratch\nCOPY a.txt x1.txt /o\n'))).message).toMatch(
      /destination must be a directory and end with \//,
    );
    expect((await refusal(context(files, 'FROM scratch\nCOPY *.none /o/\n'))).message).toMatch(
      /matches nothing/,
    );
    expect((await refusal(context(files, 'FROM scratch\nCOPY nope /o/\n'))).message).toMatch(
      /`nope` is not in the build context/,
    );
  });

  it('gzip with no name and no time, and a pinned level', async () => {
    const built = await build(context(files, 'FROM scratch\nCOPY a.txt /\n'));
    expect([...(built.gzipHeaders[0] ?? [])]).toEqual([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 2, 0xff]);
  });
});

describe('.dockerignore', () => {
  it("follows Docker's rules: directories, **, ! exceptions, last match wins", () => {
    const ignore = new DockerIgnore(
      '# comment\n*.log\n/build\n**/tmp\n!keep.log\ndocs/*.md\n!docs/README.md\n',
    );
    const table: [string, boolean][] = [
      ['a.log', true],
      ['keep.log', false],
      ['sub/a.log', false],
      ['build', true],
      ['build/x', true],
      ['x/y/tmp/z', true],
      ['tmp', true],
      ['docs/a.md', true],
      ['docs/README.md', false],
      ['docs/sub/a.md', false],
      ['src/main.c', false],
    ];
    for (const [path, ignored] of table) expect([path, ignore.ignores(path)]).toEqual([path, ignored]);
  });

  it('keeps ignored files out of a copied directory and refuses to copy one by name', async () => {
    const ctx = context(
      {
        'www/a.html': 'A',
        'www/b.tmp': 'B',
        'www/k/x.tmp': 'X',
        '.dockerignore': '*\n!www\nwww/**/*.tmp\n!www/k/x.tmp\n',
      },
      'FROM scratch\nCOPY www /\n',
    );
    const built = await build(ctx);
    expect(names(built.layers[0] ?? [])).toEqual(['a.html', 'k/', 'k/x.tmp']);
    writeFileSync(join(ctx, 'Dockerfile'), 'FROM scratch\nCOPY www/b.tmp /\n');
    expect((await refusal(ctx)).message).toMatch(/excluded by .dockerignore/);
  });

  it('<Dockerfile>.dockerignore beside the Dockerfile wins over the context one', async () => {
    const ctx = context(
      { a: 'A', b: 'B', '.dockerignore': 'a\n', 'Dockerfile.dockerignore': 'b\n' },
      'FROM scratch\nCOPY a /\n',
    );
    expect(names((await build(ctx)).layers[0] ?? [])).toEqual(['a']);
  });
});

describe('nothing outside the context is read', () => {
  const outside = () => {
    const root = temp();
    writeFileSync(join(root, 'secret'), 'S');
    return root;
  };
  const attempts: [string, (root: string) => Record<string, FileSpec>, string, RegExp][] = [
    ['.. in a source', () => ({}), 'COPY ../secret /', /climbs out of the build context/],
    ['.. in a glob', () => ({}), 'COPY ../sec* /', /climbs out/],
    ['an absolute symlink', () => ({ link: { symlink: '/etc/passwd' } }), 'COPY link /', /absolute symlink/],
    [
      'a relative symlink that points out',
      () => ({ link: { symlink: '../secret' } }),
      'COPY link /',
      /points out of the build context/,
    ],
    [
      'a symlinked directory that points out',
      () => ({ d: { symlink: '..' } }),
      'COPY d/secret /',
      /points out/,
    ],
    [
      'a chain of symlinks that ends outside',
      () => ({ a: { symlink: 'b' }, b: { symlink: '../secret' } }),
      'COPY a /',
      /points out/,
    ],
  ];
  it.each(attempts)('%s', async (_, files, line, message) => {
    const root = outside();
    const error = await refusal(context(files(root), `FROM scratch\n${line}\n`, root));
    expect(error.message).toMatch(message);
    expect(error.place.line).toBe(2);
  });

  it('a from-stage-dir that points out of the context', async () => {
    const root = outside();
    const error = await refusal(
      context({}, 'FROM scratch AS b\nFROM scratch\nCOPY --from=b /secret /\n', root),
      {
        fromStageDirs: { b: '..' },
      },
    );
    expect(error.message).toMatch(/climbs out/);
  });

  it('a symlink inside a copied directory is copied as a symlink; its target is not read', async () => {
    const root = outside();
    const built = await build(
      context({ 'd/ln': { symlink: '../../secret' } }, 'FROM scratch\nCOPY d /\n', root),
    );
    expect(built.layers[0]).toMatchObject([{ name: 'ln', type: 'symlink', linkname: '../../secret' }]);
  });

  it('writes only into the output folder, which must not exist yet', async () => {
    const ctx = context({ a: 'A' }, 'FROM scratch\nCOPY a /\n');
    const work = temp();
    mkdirSync(join(work, 'layout'));
    await expect(
      buildNative(
        { context: ctx, dockerfile: join(ctx, 'Dockerfile'), buildArgs: {} },
        { workDir: work, output: join(work, 'layout') },
      ),
    ).rejects.toThrow(/EEXIST/);
  });
});

describe('prebuild and from-stage-dir', () => {
  it('runs commands in a copy of the context and maps COPY --from to a directory', async () => {
    const ctx = context(
      { 'src.txt': 'made' },
      'FROM scratch AS build\nFROM scratch\nCOPY --from=build /out/made.txt /srv/\n',
    );
    const built = await build(ctx, {
      prebuild: ['mkdir out', 'cp src.txt out/made.txt'],
      fromStageDirs: { 'build:/out': 'out' },
    });
    expect(built.layers[0]?.find((e) => e.name === 'srv/made.txt')?.content).toBe('made');
    expect(() => readFileSync(join(ctx, 'out/made.txt'))).toThrow();
  });

  it('a failing command is an error naming it', async () => {
    const ctx = context({}, 'FROM scratch\n');
    await expect(build(ctx, { prebuild: ['false'] })).rejects.toThrow(
      /prebuild command `false` failed \(exit 1\)/,
    );
  });

  it('runs a command without a shell unless it needs one', () => {
    expect(prebuildArgv('nasm -f bin -o "out dir/hello" hello.asm')).toEqual({
      argv: ['nasm', '-f', 'bin', '-o', 'out dir/hello', 'hello.asm'],
      shell: false,
    });
    expect(prebuildArgv('nasm x.asm && chmod 755 x')).toEqual({
      argv: ['sh', '-c', 'nasm x.asm && chmod 755 x'],
      shell: true,
    });
    expect(prebuildArgv('cp *.html out/').shell).toBe(true);
  });
});

describe('reproducible', () => {
  const files = { 'index.html': '<p>hi</p>', 'bin/http': { content: 'ELF', mode: 0o755 } };
  const dockerfile = 'FROM scratch\nCOPY bin/http index.html /\nENTRYPOINT ["/http"]\n';

  it('two builds in different directories, at different times, have one digest', async () => {
    const first = await build(context(files, dockerfile));
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const second = await build(context(files, dockerfile));
    expect(second.digest).toBe(first.digest);
  });

  it('another SOURCE_DATE_EPOCH, or one byte more, changes it', async () => {
    const base = await build(context(files, dockerfile), {}, 0);
    expect((await build(context(files, dockerfile), {}, 1)).digest).not.toBe(base.digest);
    expect(
      (await build(context({ ...files, 'index.html': '<p>hi!</p>' }, dockerfile), {}, 0)).digest,
    ).not.toBe(base.digest);
  });
});

describe('README', () => {
  it("the reproducibility gate's example is a valid budget file", async () => {
    const { parseBudgetFile } = await import('../../../src/budget/index.js');
    const readme = readFileSync(join(import.meta.dirname, '../../../README.md'), 'utf8');
    const block = /### The reproducibility gate[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBeTruthy();
    const [image] = parseBudgetFile(block as string, 'README.md').images;
    expect(image?.reproducible).toEqual({ compareBuilder: 'docker' });
    expect(image?.source).toMatchObject({ kind: 'build', builder: 'auto' });
  });
});
