/**
 * Digests: verifying blob bytes as they stream, and reading small JSON documents safely
 * (size-capped, digest-checked, schema-validated).
 * https://github.com/opencontainers/image-spec/blob/main/descriptor.md#digests
 */
import { createHash, type Hash } from 'node:crypto';
import { type Readable, Transform, type TransformCallback } from 'node:stream';
import type { z } from 'zod';
import { type Place, TinySizeError } from '../errors.js';
import type { BlobStore } from './image.js';
import { type Descriptor, sha256Pattern } from './types.js';

/** Manifests, indexes and configs are small; anything bigger than this is refused unread. */
export const defaultJsonCap = 4 * 1024 * 1024;

export function sha256Digest(bytes: Buffer | string): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

/** Where a blob lives in an OCI layout: `blobs/sha256/ab12…`. */
export function blobPath(digest: string): string {
  const colon = digest.indexOf(':');
  return `blobs/${digest.slice(0, colon)}/${digest.slice(colon + 1)}`;
}

/** Throws unless the digest is a well-formed sha256 digest, the only algorithm verified. */
export function assertVerifiableDigest(digest: string, place: Place = {}): void {
  if (sha256Pattern.test(digest)) return;
  const algorithm = digest.includes(':') ? digest.slice(0, digest.indexOf(':')) : '';
  if (algorithm && algorithm !== 'sha256') {
    throw new TinySizeError(
      `unsupported digest algorithm "${algorithm}" in ${digest}: only sha256 is verified`,
      {
        ...place,
        fix: 'Write the image with sha256 digests (the default of docker, buildah and skopeo).',
      },
    );
  }
  throw new TinySizeError(`malformed digest "${digest}": expected sha256: and 64 lowercase hex digits`, {
    ...place,
    fix: 'The image metadata is damaged: produce the image again.',
  });
}

const mismatchFix =
  'The file was changed or damaged after it was written: produce the image again (docker save, skopeo copy, buildah push).';

/**
 * A pass-through stream that hashes bytes as they flow and errors when the byte count or the
 * sha256 digest differ from the descriptor. It errors as soon as too many bytes arrive.
 */
export class DigestVerifier extends Transform {
  readonly #hash: Hash = createHash('sha256');
  #bytes = 0;

  constructor(
    readonly descriptor: Descriptor,
    readonly place: Place,
  ) {
    super();
    assertVerifiableDigest(descriptor.digest, place);
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.#bytes += chunk.length;
    if (this.#bytes > this.descriptor.size) {
      callback(this.#mismatch(`more than the ${this.descriptor.size} bytes its descriptor declares`));
      return;
    }
    this.#hash.update(chunk);
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    if (this.#bytes !== this.descriptor.size) {
      callback(this.#mismatch(`${this.#bytes} bytes, but its descriptor declares ${this.descriptor.size}`));
      return;
    }
    const actual = `sha256:${this.#hash.digest('hex')}`;
    if (actual !== this.descriptor.digest) {
      callback(this.#mismatch(`bytes that hash to ${actual}`));
      return;
    }
    callback();
  }

  #mismatch(what: string): TinySizeError {
    return new TinySizeError(`blob ${this.descriptor.digest} does not match its digest: it holds ${what}`, {
      ...this.place,
      fix: mismatchFix,
    });
  }
}

/** Pipes a raw blob stream through a verifier, carrying errors of the raw stream over. */
export function verified(raw: Readable, descriptor: Descriptor, place: Place): Readable {
  const verifier = new DigestVerifier(descriptor, place);
  raw.on('error', (error) =>
    verifier.destroy(
      error instanceof TinySizeError
        ? error
        : new TinySizeError(`cannot read blob ${descriptor.digest}: ${error.message}`, {
            ...place,
            cause: error,
          }),
    ),
  );
  // A consumer that stops early destroys the verifier: release the raw stream's file too.
  verifier.on('close', () => raw.destroy());
  return raw.pipe(verifier);
}

/** Reads a whole stream, refusing more than `cap` bytes. */
export async function readCapped(stream: Readable, cap: number, place: Place, what: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    length += chunk.length;
    if (length > cap) {
      stream.destroy();
      throw tooLarge(what, `more than ${cap}`, cap, place);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, length);
}

function tooLarge(what: string, size: string, cap: number, place: Place): TinySizeError {
  return new TinySizeError(`${what} is ${size} bytes, over the ${cap}-byte limit for JSON documents`, {
    ...place,
    fix: 'This is not a plain image document; check that the source is an image produced by docker, buildah or skopeo.',
  });
}

/** "layers[0].digest" from a zod issue path; "(top level)" for the document itself. */
export function issuePath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text ? `.${String(key)}` : String(key);
  }
  return text || '(top level)';
}

/** One line per zod issue: `field layers[0].digest: not a digest…`. */
export function formatIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `field ${issuePath(issue.path)}: ${issue.message}`).join('; ');
}

/** Parses bytes as JSON and validates them, naming the document and the failing fields. */
export function parseJsonDocument<T extends z.ZodType>(
  bytes: Buffer,
  schema: T,
  what: string,
  place: Place,
): z.infer<T> {
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    throw new TinySizeError(`${what} is not valid JSON: ${(error as Error).message}`, {
      ...place,
      cause: error,
      fix: 'The image metadata is damaged or is not an image document: produce the image again.',
    });
  }
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new TinySizeError(`${what} does not match its schema: ${formatIssues(result.error)}`, {
      ...place,
      cause: result.error,
      fix: 'The document is damaged or is not an OCI/Docker image document: produce the image again.',
    });
  }
  return result.data;
}

export interface ReadJsonOptions {
  /** Largest document accepted, in bytes (default 4 MiB). */
  cap?: number;
  /** What the document is, for messages: "manifest", "image config". */
  what?: string;
  /** The source the blob is in, for messages. */
  place?: Place;
}

/**
 * Reads a small JSON blob: refuses it when the descriptor (or the bytes) exceed the cap, checks
 * its digest and size, parses and validates it against the schema.
 */
export async function readJsonBlob<T extends z.ZodType>(
  blobs: BlobStore,
  descriptor: Descriptor,
  schema: T,
  options: ReadJsonOptions = {},
): Promise<z.infer<T>> {
  return (await readJsonBlobWithBytes(blobs, descriptor, schema, options)).value;
}

/** Like readJsonBlob, also returning the exact bytes (a manifest's bytes are part of `pull`). */
export async function readJsonBlobWithBytes<T extends z.ZodType>(
  blobs: BlobStore,
  descriptor: Descriptor,
  schema: T,
  options: ReadJsonOptions = {},
): Promise<{ value: z.infer<T>; raw: Buffer }> {
  const cap = options.cap ?? defaultJsonCap;
  const what = `${options.what ?? 'document'} ${descriptor.digest}`;
  const place: Place = { ...options.place, within: options.place?.within ?? blobPath(descriptor.digest) };
  if (descriptor.size > cap) throw tooLarge(what, String(descriptor.size), cap, place);
  const raw = await readCapped(await blobs.open(descriptor), cap, place, what);
  return { value: parseJsonDocument(raw, schema, what, place), raw };
}
