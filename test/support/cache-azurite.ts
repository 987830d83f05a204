/**
 * Azurite, Microsoft's Azure Blob Storage emulator (devDependency `azurite`): the real blob store
 * behind the cache service double, so @actions/cache uploads and downloads real bytes over HTTP.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  BlobSASPermissions,
  BlobServiceClient,
  type ContainerClient,
  generateBlobSASQueryParameters,
  SASProtocol,
  StorageSharedKeyCredential,
} from '@azure/storage-blob';

// Azurite's documented development account; the key is public and only valid against the emulator.
const account = 'devstoreaccount1';
const accountKey = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface Azurite {
  /** http://127.0.0.1:<port>/devstoreaccount1 */
  blobEndpoint: string;
  container: ContainerClient;
  /** A SAS URL for one blob of the container: `cw` to upload, `r` to download. */
  signedUrl(blobName: string, permissions: 'cw' | 'r'): string;
  stop(): Promise<void>;
}

const bin = resolve(import.meta.dirname, '../../node_modules/.bin/azurite-blob');

export async function startAzurite(containerName = 'actions-cache'): Promise<Azurite> {
  if (!existsSync(bin)) {
    throw new Error(
      `Azurite is required by this integration test and is not installed (npm ci installs it: ${bin})`,
    );
  }
  const port = await freePort();
  const cwd = mkdtempSync(join(tmpdir(), 'tsg-azurite-'));
  const child = spawn(
    bin,
    [
      '--inMemoryPersistence',
      '--blobHost',
      '127.0.0.1',
      '--blobPort',
      String(port),
      '--skipApiVersionCheck',
      '--loose',
      '--disableTelemetry',
      '--silent',
    ],
    { cwd, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  await listening(child, port);

  const blobEndpoint = `http://127.0.0.1:${port}/${account}`;
  const credential = new StorageSharedKeyCredential(account, accountKey);
  const container = new BlobServiceClient(blobEndpoint, credential).getContainerClient(containerName);
  await container.create();

  return {
    blobEndpoint,
    container,
    signedUrl(blobName, permissions) {
      const sas = generateBlobSASQueryParameters(
        {
          containerName,
          blobName,
          permissions: BlobSASPermissions.parse(permissions),
          startsOn: new Date(Date.now() - 60_000),
          expiresOn: new Date(Date.now() + 3_600_000),
          protocol: SASProtocol.HttpsAndHttp,
        },
        credential,
      ).toString();
      return `${blobEndpoint}/${containerName}/${blobName}?${sas}`;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(cwd, { recursive: true, force: true });
    },
  };
}

function listening(child: ChildProcess, port: number): Promise<void> {
  return new Promise((ready, fail) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      fail(new Error(`Azurite did not listen on port ${port} within 30 s:\n${output}`));
    }, 30_000);
    const onData = (data: Buffer) => {
      output += data.toString();
      if (output.includes('successfully listens on')) {
        clearTimeout(timer);
        ready();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`Azurite exited with ${code} before listening:\n${output}`));
    });
  });
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? done(address.port) : fail(new Error('no port')),
      );
    });
  });
}
