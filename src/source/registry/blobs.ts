/**
 * A BlobStore over a registry: GET /v2/<repo>/blobs/<digest>, streamed, verified against the
 * descriptor's digest and size, resumed with a Range request when the connection drops midway,
 * with a bound on the blobs downloading at once.
 */
import { Readable } from 'node:stream';
import { TinySizeError } from '../../errors.js';
import type { BlobStore, Descriptor } from '../../oci/index.js';
import { assertVerifiableDigest, BlobNotFound, isIndex, isManifest, verified } from '../../oci/index.js';
import type { RegistryClient } from './client.js';
import { RegistryHttpError } from './errors.js';
import { manifestAccept } from './manifests.js';
import { backoffMs, sleep } from './retry.js';

export interface RegistryBlobOptions {
  /** Blobs downloading at once (default 4); more wait for a slot. */
  maxConcurrent?: number;
}

/** A counting semaphore: `acquire` resolves to a release function. */
class Slots {
  #free: number;
  readonly #waiting: (() => void)[] = [];
  constructor(count: number) {
    this.#free = Math.max(1, count);
  }
  async acquire(): Promise<() => void> {
    if (this.#free > 0) this.#free--;
    else await new Promise<void>((resolve) => this.#waiting.push(resolve));
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.#waiting.shift();
      if (next) next();
      else this.#free++;
    };
  }
}

export function registryBlobStore(client: RegistryClient, options: RegistryBlobOptions = {}): BlobStore {
  const slots = new Slots(options.maxConcurrent ?? 4);
  return {
    async open(descriptor) {
      // Manifests and indexes are served under /manifests/, everything else under /blobs/.
      const isDocument = isIndex(descriptor.mediaType) || isManifest(descriptor.mediaType);
      const what = `${isDocument ? 'manifest' : 'blob'} ${descriptor.digest}`;
      const path = client.repositoryPath(`${isDocument ? 'manifests' : 'blobs'}/${descriptor.digest}`);
      const place = { file: client.source, within: what };
      assertVerifiableDigest(descriptor.digest, place);
      const release = await slots.acquire();
      let first: Response;
      try {
        first = await client.get(path, { what, ...(isDocument ? { accept: manifestAccept } : {}) });
      } catch (error) {
        release();
        if (error instanceof RegistryHttpError && error.status === 404) {
          throw new BlobNotFound(error.message, { ...error.place, fix: error.fix, cause: error });
        }
        throw error;
      }
      const raw = new ResumingBody(client, path, descriptor, first);
      raw.once('close', release);
      return verified(raw, descriptor, place);
    },
  };
}

/** A blob's bytes; on a dropped connection, asks again from the first missing byte (Range). */
class ResumingBody extends Readable {
  #reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  #delivered = 0;
  /** Bytes to discard when a server ignores Range and sends the blob from the start. */
  #skip = 0;
  #resumes = 0;
  #pumping = false;

  constructor(
    readonly client: RegistryClient,
    readonly path: string,
    readonly descriptor: Descriptor,
    first: Response,
  ) {
    super();
    this.#reader = first.body?.getReader();
  }

  override _read(): void {
    if (this.#pumping) return;
    this.#pumping = true;
    this.#pump()
      .catch((error: unknown) => this.destroy(error as Error))
      .finally(() => {
        this.#pumping = false;
      });
  }

  async #pump(): Promise<void> {
    for (;;) {
      if (this.destroyed) return;
      if (!this.#reader) {
        this.push(null);
        return;
      }
      let result: ReadableStreamReadResult<Uint8Array>;
      try {
        result = await this.#reader.read();
      } catch (error) {
        await this.#resume(error);
        continue;
      }
      if (result.done) {
        this.push(null);
        return;
      }
      let bytes = Buffer.from(result.value.buffer, result.value.byteOffset, result.value.byteLength);
      if (this.#skip > 0) {
        const dropped = Math.min(this.#skip, bytes.length);
        this.#skip -= dropped;
        bytes = bytes.subarray(dropped);
        if (bytes.length === 0) continue;
      }
      this.#delivered += bytes.length;
      if (!this.push(bytes)) return;
    }
  }

  async #resume(error: unknown): Promise<void> {
    const { client, path, descriptor } = this;
    if (this.#resumes + 1 >= client.policy.attempts)
      throw brokenOff(client, path, descriptor, this.#delivered, error);
    this.#resumes++;
    await this.#reader?.cancel().catch(() => undefined);
    await sleep(backoffMs(client.policy, this.#resumes));
    const response = await client.get(path, {
      what: `blob ${descriptor.digest}`,
      range: `bytes=${this.#delivered}-`,
    });
    this.#reader = response.body?.getReader();
    if (response.status === 200) this.#skip = this.#delivered;
    else if (rangeStart(response) === this.#delivered) this.#skip = 0;
    else
      throw brokenOff(
        client,
        path,
        descriptor,
        this.#delivered,
        new Error('the resumed download started elsewhere'),
      );
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    // A consumer that stops early (or an error) must not leave the connection open.
    this.#reader?.cancel().catch(() => undefined);
    callback(error);
  }
}

function brokenOff(
  client: RegistryClient,
  path: string,
  descriptor: Descriptor,
  delivered: number,
  error: unknown,
): TinySizeError {
  if (error instanceof TinySizeError) return error;
  return new TinySizeError(
    `the download of blob ${descriptor.digest} from ${client.host} broke off after ${delivered} of ${descriptor.size} bytes: ${networkDetail(error)}`,
    {
      file: client.source,
      within: `GET ${path}`,
      cause: error,
      fix: `Check that the registry at ${client.host} is up and reachable from here, then run again.`,
    },
  );
}

function networkDetail(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const message = error instanceof Error ? error.message : String(error);
  return cause?.message ? `${message} (${cause.message})` : message;
}

function rangeStart(response: Response): number | undefined {
  const match = /^bytes (\d+)-/.exec(response.headers.get('content-range') ?? '');
  return match ? Number(match[1]) : undefined;
}
