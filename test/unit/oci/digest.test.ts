import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DigestVerifier, readJsonBlob, verified } from '../../../src/oci/digest.js';
import type { BlobStore } from '../../../src/oci/image.js';
import { type Descriptor, ImageManifest } from '../../../src/oci/types.js';
import { failure } from '../../support/failure.js';

const sha256 = (bytes: Buffer | string) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
const place = { file: 'test.tar', within: 'blobs/x' };

function descriptorOf(bytes: string, overrides: Partial<Descriptor> = {}): Descriptor {
  return {
    mediaType: 'application/octet-stream',
    digest: sha256(bytes),
    size: Buffer.byteLength(bytes),
    ...overrides,
  };
}

/** A store that serves one byte string for any descriptor, through the verifier as real stores do. */
function storeOf(bytes: string | Buffer): BlobStore {
  return {
    async open(descriptor) {
      return verified(Readable.from([Buffer.from(bytes)]), descriptor, place);
    },
  };
}

describe('DigestVerifier', () => {
  it('passes bytes that match', async () => {
    const bytes = 'hello layer';
    expect(
      await text(Readable.from([Buffer.from(bytes)]).pipe(new DigestVerifier(descriptorOf(bytes), place))),
    ).toBe(bytes);
  });

  it.each([
    ['a changed byte', 'hello layeR', 'hash to sha256:'],
    ['too few bytes', 'hello', '5 bytes, but its descriptor declares 11'],
    ['too many bytes', 'hello layer!', 'more than the 11 bytes'],
  ])('errors on %s, naming the source and the digest', async (_, served, detail) => {
    const descriptor = descriptorOf('hello layer');
    const error = await failure(text(verified(Readable.from([Buffer.from(served)]), descriptor, place)));
    expect(error.message).toContain(descriptor.digest);
    expect(error.message).toContain(detail);
    expect(error.place).toEqual(place);
    expect(error.fix).toBeTruthy();
  });

  it('refuses digests it cannot verify', () => {
    expect(
      () => new DigestVerifier(descriptorOf('x', { digest: `sha512:${'a'.repeat(128)}` }), place),
    ).toThrow(/unsupported digest algorithm "sha512"/);
    expect(() => new DigestVerifier(descriptorOf('x', { digest: 'sha256:ABC' }), place)).toThrow(
      /malformed digest/,
    );
  });
});

describe('readJsonBlob', () => {
  const manifest = JSON.stringify({
    schemaVersion: 2,
    config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: sha256('{}'), size: 2 },
    layers: [],
  });

  it('reads, verifies and validates a document', async () => {
    const value = await readJsonBlob(storeOf(manifest), descriptorOf(manifest), ImageManifest);
    expect(value.config.digest).toBe(sha256('{}'));
  });

  it('refuses a descriptor that claims more than the cap, without reading', async () => {
    let opened = false;
    const store: BlobStore = {
      async open() {
        opened = true;
        return Readable.from([]);
      },
    };
    const error = await failure(
      readJsonBlob(store, descriptorOf(manifest, { size: 5_000_000 }), ImageManifest),
    );
    expect(error.message).toContain('over the 4194304-byte limit');
    expect(opened).toBe(false);
  });

  it('refuses bytes beyond the cap', async () => {
    const big = JSON.stringify({ pad: 'x'.repeat(100) });
    const raw: BlobStore = { open: async () => Readable.from([Buffer.from(big)]) };
    const error = await failure(readJsonBlob(raw, descriptorOf(big, { size: 50 }), z.unknown(), { cap: 64 }));
    expect(error.message).toContain('over the 64-byte limit');
  });

  it('names the document when it is not JSON', async () => {
    const bytes = '{"schemaVersion": 2,';
    const error = await failure(
      readJsonBlob(storeOf(bytes), descriptorOf(bytes), ImageManifest, { what: 'manifest' }),
    );
    expect(error.message).toMatch(new RegExp(`^manifest ${descriptorOf(bytes).digest} is not valid JSON`));
    expect(error.place.within).toBe(`blobs/sha256/${descriptorOf(bytes).digest.slice(7)}`);
  });

  it('names the failing field', async () => {
    const bytes = JSON.stringify({
      schemaVersion: 2,
      config: { mediaType: 'x', digest: 'nope', size: 1 },
      layers: [{}],
    });
    const error = await failure(
      readJsonBlob(storeOf(bytes), descriptorOf(bytes), ImageManifest, { what: 'manifest' }),
    );
    expect(error.message).toContain('field config.digest: not a digest');
    expect(error.message).toContain('field layers[0].mediaType');
  });

  it('fails on a digest mismatch before parsing', async () => {
    const error = await failure(
      readJsonBlob(storeOf(manifest.replace('2', '3')), descriptorOf(manifest), ImageManifest),
    );
    expect(error.message).toContain('does not match its digest');
  });
});
