/**
 * Reads an image from the local Docker engine: `docker save` through the docker CLI (which
 * honours DOCKER_HOST) into an unlinked temporary file, then read as a docker save archive.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { TinySizeError } from '../errors.js';
import type { ImageView } from '../oci/index.js';
import { openArchiveFd, withUnlinkedTemp } from './archive.js';
import { readDockerArchive } from './docker-archive.js';
import { holdingFiles } from './files.js';

const run = promisify(execFile);

/** Debian's client at /usr/bin/docker when present (it matches the engine), else `docker` on PATH. */
export function dockerCli(): string {
  return existsSync('/usr/bin/docker') ? '/usr/bin/docker' : 'docker';
}

/**
 * The engine cannot give the image: it does not run, its client is missing, or it has no such
 * image. A bare name with a registry host is then read from its registry.
 */
export class ImageNotInEngine extends TinySizeError {}

const otherWays = 'or read the image from a file instead: oci:DIR, oci-archive:FILE or docker-archive:FILE';

export function classifyDockerFailure(stderr: string, reference: string): TinySizeError {
  const engine = process.env.DOCKER_HOST || 'unix:///var/run/docker.sock (the default socket)';
  const source = `docker:${reference}`;
  if (
    /Cannot connect to the Docker daemon|Is the docker daemon running|error during connect|connect: /i.test(
      stderr,
    )
  ) {
    return new ImageNotInEngine(`the Docker engine is not running at ${engine}`, {
      file: source,
      fix: `Start the engine (or point DOCKER_HOST at it), ${otherWays}.`,
      cause: new Error(stderr.trim()),
    });
  }
  if (/reference does not exist|No such image|not found|does not exist/i.test(stderr)) {
    return new ImageNotInEngine(`the image ${reference} is not in the Docker engine at ${engine}`, {
      file: source,
      fix: `Build or pull it first (docker images lists what the engine has), ${otherWays}.`,
      cause: new Error(stderr.trim()),
    });
  }
  return new TinySizeError(`docker save ${reference} failed: ${stderr.trim()}`, {
    file: source,
    fix: `Check the reference and the engine, ${otherWays}.`,
  });
}

export async function readDockerDaemon(
  reference: string,
  source: string,
  options: { workDir?: string; platforms?: string[] } = {},
): Promise<ImageView> {
  const { workDir } = options;
  const cli = dockerCli();
  const fd = await withUnlinkedTemp(workDir, async (path) => {
    try {
      await run(cli, ['save', '--output', path, reference], { maxBuffer: 16 * 1024 * 1024 });
    } catch (error) {
      const failure = error as NodeJS.ErrnoException & { stderr?: string };
      if (failure.code === 'ENOENT') {
        throw new ImageNotInEngine(`the docker CLI (${cli}) is not installed`, {
          file: source,
          fix: `Install the docker client, ${otherWays}.`,
          cause: error,
        });
      }
      throw classifyDockerFailure(failure.stderr ?? failure.message, reference);
    }
  });
  return holdingFiles(openArchiveFd(fd, source), (files) =>
    readDockerArchive(files, source, options.platforms ? { platforms: options.platforms } : {}),
  );
}
