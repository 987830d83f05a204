/**
 * Mutants of real image archives and layouts for the fuzz tests: byte edits aimed at tar header
 * fields (with the checksum mended, so the edit reaches the parser), truncations, spliced blocks,
 * injected pax records, and, for layout directories, parts replaced by the wrong kind of file.
 * Each mutant is measured through the public path (openImage + measureImage); the only outcomes
 * allowed are the original's figures or a TinySizeError with a fix.
 */
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { expect } from 'vitest';
import { measureImage } from '../../src/measure/index.js';
import { openImage } from '../../src/source/index.js';
import { fuzzOptions, Outcomes } from './fuzz.js';
import { paxHeader, tarBlock, withChecksum } from './fuzz-tar.js';

/** Header fields worth hitting: name, mode, size, checksum, type, linkname, magic, prefix. */
const fields = [
  [0, 100],
  [100, 8],
  [124, 12],
  [148, 8],
  [156, 1],
  [157, 100],
  [257, 8],
  [345, 155],
] as const;

/** Values a hostile or damaged header field might hold. */
const fieldValues = [
  '-1536',
  '77777777777',
  '99999999999',
  'abc',
  '1479.5',
  ' ',
  '',
  '\u0000',
  '../../etc/passwd',
  '/abs/path',
  'x'.repeat(100),
  '5',
  '2',
  '1',
  'x',
  'g',
  'L',
  'K',
  'ustar\u0000',
];

export type ByteEdit =
  | { kind: 'field'; block: number; field: number; value: Buffer; mend: boolean }
  | { kind: 'byte'; at: number; value: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'splice'; from: number; blocks: number; to: number }
  | { kind: 'pax'; block: number; size: string };

export const byteEdit: fc.Arbitrary<ByteEdit> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('field' as const),
      block: fc.nat(),
      field: fc.nat({ max: fields.length - 1 }),
      value: fc.oneof(
        fc.constantFrom(...fieldValues).map((text) => Buffer.from(text, 'latin1')),
        fc.uint8Array({ minLength: 1, maxLength: 12 }).map((bytes) => Buffer.from(bytes)),
        fc.constant(Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xfa, 0x00, 0x00])),
        fc.constant(Buffer.from([0x80, 0, 0, 0, 0, 0, 0, 0x40, 0, 0, 0, 0])),
      ),
      mend: fc.boolean(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('byte' as const), at: fc.nat(), value: fc.nat({ max: 255 }) }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('splice' as const),
      from: fc.nat(),
      blocks: fc.integer({ min: 1, max: 4 }),
      to: fc.nat(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('pax' as const),
      block: fc.nat(),
      size: fc.constantFrom('-1536', 'abc', '1479.5', '0', '512', '99999999999999', '1e3', '-0'),
    }),
  },
);

/** The bytes after one edit. */
export function applyEdit(bytes: Buffer, edit: ByteEdit): Buffer {
  const blocks = Math.max(1, Math.floor(bytes.length / tarBlock));
  switch (edit.kind) {
    case 'field': {
      const out = Buffer.from(bytes);
      const start = (edit.block % blocks) * tarBlock;
      const [offset, length] = fields[edit.field] ?? [0, 1];
      if (start + tarBlock > out.length) return out;
      out.fill(0, start + offset, start + offset + length);
      edit.value.copy(out, start + offset, 0, Math.min(length, edit.value.length));
      if (edit.mend) withChecksum(out.subarray(start, start + tarBlock));
      return out;
    }
    case 'byte': {
      const out = Buffer.from(bytes);
      if (out.length) out[edit.at % out.length] = edit.value;
      return out;
    }
    case 'truncate':
      return bytes.subarray(0, edit.at % (bytes.length + 1));
    case 'splice': {
      const from = (edit.from % blocks) * tarBlock;
      const piece = bytes.subarray(from, from + edit.blocks * tarBlock);
      const to = (edit.to % blocks) * tarBlock;
      return Buffer.concat([bytes.subarray(0, to), piece, bytes.subarray(to)]);
    }
    case 'pax': {
      const at = (edit.block % blocks) * tarBlock;
      return Buffer.concat([bytes.subarray(0, at), paxHeader({ size: edit.size }), bytes.subarray(at)]);
    }
  }
}

export const byteEdits = fc.array(byteEdit, { minLength: 1, maxLength: 3 });

/** What must not change when a mutant is accepted: every figure read from the layers and manifest. */
export function figuresOf(sizes: Awaited<ReturnType<typeof measureImage>>): unknown {
  return sizes.platforms.map((p) => ({
    platform: p.platform,
    files: p.sizes.files.bytes,
    tar: p.sizes.tar.bytes,
    compressed: p.sizes.compressed.bytes,
    layers: p.sizes.layers,
  }));
}

type ArchiveKind = 'docker-archive' | 'oci-archive';

/**
 * Measures mutants of an archive file; an accepted mutant must give the original's figures
 * (a mutant that changes a verified byte must be refused, never measured differently).
 */
export async function fuzzArchive(options: {
  what: string;
  kind: ArchiveKind;
  original: Buffer;
  dir: string;
  runs: number;
}): Promise<Outcomes> {
  const { kind, original, dir } = options;
  const originalPath = join(dir, `original-${kind}.tar`);
  writeFileSync(originalPath, original);
  const expected = figuresOf(await measureImage(await openImage({ kind, path: originalPath })));
  const tally = new Outcomes(options.what);
  let count = 0;
  await fc.assert(
    fc.asyncProperty(byteEdits, async (edits) => {
      const path = join(dir, `mutant-${kind}-${++count}.tar`);
      writeFileSync(
        path,
        edits.reduce((bytes, edit) => applyEdit(bytes, edit), original),
      );
      try {
        const outcome = await tally.run(async () => measureImage(await openImage({ kind, path })));
        if (!(outcome instanceof Error)) expect(figuresOf(outcome)).toEqual(expected);
      } finally {
        rmSync(path, { force: true });
      }
    }),
    { ...fuzzOptions(options.runs) },
  );
  tally.record();
  return tally;
}

/** Ways an OCI layout directory can be damaged, beside its bytes. */
export type LayoutEdit =
  | { kind: 'blobs-file' }
  | { kind: 'self-link'; file: number }
  | { kind: 'fifo'; file: number }
  | { kind: 'directory'; file: number }
  | { kind: 'remove'; file: number }
  | { kind: 'truncate'; file: number; at: number }
  | { kind: 'bytes'; file: number; edits: ByteEdit[] };

export const layoutEdit: fc.Arbitrary<LayoutEdit> = fc.oneof(
  fc.record({ kind: fc.constant('blobs-file' as const) }),
  fc.record({
    kind: fc.constantFrom('self-link' as const, 'fifo' as const, 'directory' as const, 'remove' as const),
    file: fc.nat(),
  }),
  fc.record({ kind: fc.constant('truncate' as const), file: fc.nat(), at: fc.nat() }),
  fc.record({ kind: fc.constant('bytes' as const), file: fc.nat(), edits: byteEdits }),
);

/** Every file of a layout, relative: oci-layout, index.json, blobs/sha256/<hex>. */
function layoutFiles(root: string, under = ''): string[] {
  return readdirSync(join(root, under), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? layoutFiles(root, join(under, entry.name)) : [join(under, entry.name)],
  );
}

export function applyLayoutEdit(root: string, edit: LayoutEdit, read: (path: string) => Buffer): void {
  if (edit.kind === 'blobs-file') {
    rmSync(join(root, 'blobs'), { recursive: true, force: true });
    writeFileSync(join(root, 'blobs'), 'not a directory');
    return;
  }
  const files = layoutFiles(root).sort();
  const name = files[edit.file % files.length];
  if (name === undefined) return;
  const path = join(root, name);
  // An earlier edit may have made it a FIFO (reading one blocks forever) or a link loop: bytes
  // edits apply to regular files only.
  if (edit.kind === 'truncate' || edit.kind === 'bytes') {
    if (!lstatSync(path).isFile()) return;
  } else {
    rmSync(path, { recursive: true, force: true });
  }
  switch (edit.kind) {
    case 'self-link':
      symlinkSync(name.split('/').at(-1) as string, path);
      return;
    case 'fifo':
      execFileSync('mkfifo', [path]);
      return;
    case 'directory':
      mkdirSync(path);
      return;
    case 'remove':
      return;
    case 'truncate': {
      const size = read(path).length;
      truncateSync(path, edit.at % (size + 1));
      return;
    }
    case 'bytes':
      writeFileSync(
        path,
        edit.edits.reduce((bytes, e) => applyEdit(bytes, e), read(path)),
      );
  }
}

/** Measures mutants of an OCI layout directory (a copy per mutant, removed after). */
export async function fuzzLayout(options: {
  what: string;
  layout: string;
  dir: string;
  runs: number;
  read: (path: string) => Buffer;
}): Promise<Outcomes> {
  const expected = figuresOf(await measureImage(await openImage({ kind: 'oci', path: options.layout })));
  const tally = new Outcomes(options.what);
  let count = 0;
  await fc.assert(
    fc.asyncProperty(fc.array(layoutEdit, { minLength: 1, maxLength: 2 }), async (edits) => {
      const root = join(options.dir, `layout-mutant-${++count}`);
      cpSync(options.layout, root, { recursive: true });
      try {
        for (const edit of edits) applyLayoutEdit(root, edit, options.read);
        const outcome = await tally.run(async () =>
          measureImage(await openImage({ kind: 'oci', path: root })),
        );
        if (!(outcome instanceof Error)) expect(figuresOf(outcome)).toEqual(expected);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    }),
    fuzzOptions(options.runs),
  );
  tally.record();
  return tally;
}
