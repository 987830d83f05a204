/**
 * The `compressed` estimate of a real `docker save` archive through the bundled CLI: the builder
 * image (one ~200 MB Debian layer, above the 32 MiB always-estimate threshold) is measured without
 * the gzip pass unless --estimate-compressed asks, and the report says which was done.
 * Truth: the layer tar in the archive (its length is `tar`) and gzip's own output length.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docker, removeScratchDirs, repoRoot, requireTool, scratchDir } from './real.js';

const cli = join(repoRoot, 'dist/cli/index.js');
const builder = process.env.TSG_BUILDER_IMAGE ?? 'tiny-size-gate/builder:bookworm';
let archive: string;
let layerTar: number;

function measure(args: string[]) {
  const out = execFileSync(
    process.execPath,
    [cli, 'measure', '--json', ...args, `docker-archive:${archive}`],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    },
  );
  return JSON.parse(out).image.platforms[0].sizes;
}

beforeAll(() => {
  requireTool('gzip');
  const dir = scratchDir('tsg-estimate-');
  archive = join(dir, 'builder.tar');
  docker(['save', '-o', archive, builder]);
  const manifest = JSON.parse(execFileSync('tar', ['-xOf', archive, 'manifest.json'], { encoding: 'utf8' }));
  layerTar = Number(
    execFileSync('sh', ['-c', `tar -xOf "$1" "$2" | wc -c`, 'sh', archive, manifest[0].Layers[0]], {
      encoding: 'utf8',
    }).trim(),
  );
});
afterAll(removeScratchDirs);

describe('the compressed estimate of a docker save archive', () => {
  it('by default (no budget needs it, over 32 MiB): the stored size, saying it is not an estimate', () => {
    expect(layerTar).toBeGreaterThan(32 * 2 ** 20);
    const sizes = measure([]);
    expect(sizes.tar.bytes).toBe(layerTar);
    expect(sizes.compressed.bytes).toBe(layerTar);
    expect(sizes.compressed.estimated).toMatch(/not a gzip estimate.*--estimate-compressed computes it/);
  });

  it('with --estimate-compressed: gzip -6 of the layer, within 2% of GNU gzip -6 (another deflate)', () => {
    const sizes = measure(['--estimate-compressed']);
    expect(sizes.compressed.estimated).toMatch(/^gzip -6 of the layer tar/);
    const manifest = JSON.parse(
      execFileSync('tar', ['-xOf', archive, 'manifest.json'], { encoding: 'utf8' }),
    );
    const gzipped = Number(
      execFileSync(
        'sh',
        ['-c', `tar -xOf "$1" "$2" | gzip -6 -n | wc -c`, 'sh', archive, manifest[0].Layers[0]],
        {
          encoding: 'utf8',
        },
      ).trim(),
    );
    expect(Math.abs(sizes.compressed.bytes - gzipped) / gzipped).toBeLessThan(0.02);
  });
});
