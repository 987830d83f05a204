/**
 * The CLI and the action end to end, through the committed bundle (what users run), against the
 * real Docker engine, skopeo and buildah. Truth comes from the engine (`image inspect` Size, the
 * saved layer tars) and from the inputs the tests write.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docker, dockerEngine, removeImages, repoRoot, requireTool, tempDir } from './real.js';

const cliPath = join(repoRoot, 'dist/cli/index.js');
const actionPath = join(repoRoot, 'dist/index.js');
const tag = 'cli-itg:latest';
afterAll(() => removeImages([tag]));

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Run {
  const result = spawnSync(process.execPath, [cliPath, ...args], {
    cwd: options.cwd,
    env: { ...process.env, ...dockerEngine(), ...options.env },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

let dir: string;
let archive: string;
let engineSize: number;
let layerTarBytes: number;

beforeAll(() => {
  dockerEngine();
  dir = tempDir('tsg-cli-');
  const context = join(dir, 'context');
  mkdirSync(join(context, 'www'), { recursive: true });
  writeFileSync(join(context, 'server'), randomBytes(1500));
  writeFileSync(join(context, 'www/index.html'), '<!doctype html><title>hi</title><p>tiny</p>\n');
  writeFileSync(join(context, 'www/empty'), '');
  writeFileSync(
    join(context, 'Dockerfile'),
    'FROM scratch\nCOPY server /server\nCOPY www/ /www/\nENTRYPOINT ["/server"]\n',
  );
  docker(['build', '--quiet', '--tag', tag, context]);
  archive = join(dir, 'image.tar');
  docker(['save', '--output', archive, tag]);
  engineSize = Number(docker(['image', 'inspect', '--format', '{{.Size}}', tag]).trim());
  // The saved layer tars, listed by the archive's own manifest.json, read with the system's tar.
  const listing = spawnSync('tar', ['-xOf', archive, 'manifest.json'], { encoding: 'utf8' });
  const layers = (JSON.parse(listing.stdout) as { Layers: string[] }[])[0]?.Layers ?? [];
  layerTarBytes = layers
    .map((layer) => spawnSync('tar', ['-xOf', archive, layer], { maxBuffer: 1 << 26 }).stdout.length)
    .reduce((a, b) => a + b, 0);
});

describe('tiny-size-gate measure', () => {
  it('reports files equal to the engine’s own Size, to the byte, and tar equal to the saved layers', () => {
    const run = cli(['measure', `docker-archive:${archive}`, '--json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    const platform = report.image.platforms[0];
    expect(platform.sizes.files.bytes).toBe(engineSize);
    expect(platform.sizes.tar.bytes).toBe(layerTarBytes);
    expect(platform.sizes.layers).toBe(2);
    // docker save stores layers uncompressed: compressed is computed, and says so.
    expect(platform.sizes.compressed.estimated).toMatch(/gzip/);
  });

  it('prints a table with exact bytes beside the human form, and flags estimates', () => {
    const run = cli(['measure', archive]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`files\\s+${engineSize.toLocaleString('en-US')} B`));
    expect(run.stdout).toContain('/server');
    expect(run.stdout).toMatch(/\* estimated: gzip/);
  });

  it('agrees across docker-archive, oci-archive (skopeo) and an OCI layout (buildah) of one image', () => {
    requireTool('skopeo');
    requireTool('buildah');
    const ociArchive = join(dir, 'image.oci.tar');
    const layout = join(dir, 'layout');
    const skopeo = spawnSync('skopeo', ['copy', `docker-archive:${archive}`, `oci-archive:${ociArchive}`], {
      encoding: 'utf8',
    });
    expect(skopeo.stderr).not.toMatch(/error/i);
    const storage = [
      '--storage-driver',
      'vfs',
      '--root',
      join(dir, 'buildah-root'),
      '--runroot',
      join(dir, 'buildah-run'),
    ];
    const pulled = spawnSync('buildah', [...storage, 'pull', `docker-archive:${archive}`], {
      encoding: 'utf8',
    });
    expect(pulled.status, pulled.stderr).toBe(0);
    const id = pulled.stdout.trim().split('\n').pop() as string;
    const pushed = spawnSync('buildah', [...storage, 'push', id, `oci:${layout}`], { encoding: 'utf8' });
    expect(pushed.status, pushed.stderr).toBe(0);

    const measure = (source: string) =>
      JSON.parse(cli(['measure', source, '--json']).stdout).image.platforms[0].sizes;
    const fromDocker = measure(`docker-archive:${archive}`);
    for (const source of [`oci-archive:${ociArchive}`, `oci:${layout}`]) {
      const sizes = measure(source);
      expect(sizes.files.bytes, source).toBe(fromDocker.files.bytes);
      expect(sizes.tar.bytes, source).toBe(fromDocker.tar.bytes);
      expect(sizes.layers, source).toBe(fromDocker.layers);
      // skopeo and buildah compress the layers: their compressed sizes are read, not estimated.
      expect(sizes.compressed.estimated, source).toBeUndefined();
    }
  });
});

function budgetFile(name: string, body: string): string {
  const path = join(dir, name);
  writeFileSync(path, body);
  return path;
}

describe('tiny-size-gate check', () => {
  const config = (files: number | string) =>
    `images:\n  app:\n    archive: image.tar\n    budget:\n      files: ${files}\n      layers: 2\n      paths:\n        /www/**: 1kB\n`;

  it('exits 0 when the budget is raised above the measured size', () => {
    const run = cli(['check', '--config', budgetFile('ok.yml', config(engineSize))]);
    expect(run.stdout).toMatch(/pass/);
    expect(run.status).toBe(0);
  });

  it('exits 1 when a budget is lowered below, naming image, metric, budget and measured bytes', () => {
    const run = cli(['check', '--config', budgetFile('low.yml', config(engineSize - 1))]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('app');
    expect(run.stdout).toMatch(/files/);
    expect(run.stdout).toContain(engineSize.toLocaleString('en-US'));
    expect(run.stdout).toContain((engineSize - 1).toLocaleString('en-US'));
  });

  it('writes a JSON report with every check', () => {
    const json = join(dir, 'report.json');
    const run = cli(['check', '--config', budgetFile('ok2.yml', config(engineSize)), '--json', json]);
    expect(run.status).toBe(0);
    const report = JSON.parse(readFileSync(json, 'utf8'));
    expect(report.verdict).toBe('pass');
    expect(report.checks.map((c: { kind: string }) => c.kind).sort()).toEqual(['metric', 'metric', 'path']);
  });

  it('builds the image with the Docker engine from a budget file with a context', () => {
    const context = join(dir, 'build-context');
    mkdirSync(context, { recursive: true });
    const bytes = 4321;
    writeFileSync(join(context, 'payload'), randomBytes(bytes));
    writeFileSync(
      join(context, 'Dockerfile'),
      'FROM scratch AS base\nCOPY payload /payload\n\nFROM base AS final\n',
    );
    const path = budgetFile(
      'build.yml',
      `images:\n  built:\n    context: build-context\n    target: final\n    budget:\n      files: ${bytes}\n`,
    );
    const json = join(dir, 'built.json');
    const run = cli(['check', '--config', path, '--json', json]);
    expect(run.stderr + run.stdout).toMatch(/built/);
    expect(run.status).toBe(0);
    const report = JSON.parse(readFileSync(json, 'utf8'));
    expect(report.images[0].sizes.platforms[0].sizes.files.bytes).toBe(bytes);
    expect(report.images[0].method).toMatch(/docker/);
  });
});

describe('bad input: a clear message, exit code 2, nothing written', () => {
  function expectUsageError(run: Run, ...patterns: RegExp[]) {
    expect(run.status, run.stderr).toBe(2);
    for (const pattern of patterns) expect(run.stderr).toMatch(pattern);
    expect(run.stderr).not.toMatch(/^\s+at /m); // no stack trace
  }

  it.each([
    ['not YAML', 'images: [\n', /bad\.yml:\d+:\d+/],
    [
      'an unknown key',
      'images:\n  app:\n    archive: image.tar\n    budgte:\n      files: 1\n',
      /did you mean `budget`/,
    ],
    [
      'a negative size',
      'images:\n  app:\n    archive: image.tar\n    budget:\n      files: -5\n',
      /negative/,
    ],
    [
      'an unknown unit',
      'images:\n  app:\n    archive: image.tar\n    budget:\n      files: 5 parsecs\n',
      /unit/,
    ],
    ['no way to obtain the image', 'images:\n  app:\n    budget:\n      files: 5\n', /no way to be obtained/],
  ])('a budget file with %s', (_, text, pattern) => {
    const json = join(dir, `never-${randomBytes(4).toString('hex')}.json`);
    const run = cli(['check', '--config', budgetFile('bad.yml', text), '--json', json]);
    expectUsageError(run, pattern, /bad\.yml/);
    expect(existsSync(json)).toBe(false);
  });

  it('a truncated archive', () => {
    const broken = join(dir, 'truncated.tar');
    cpSync(archive, broken);
    truncateSync(broken, Math.floor(statSync(broken).size / 2));
    expectUsageError(cli(['measure', `docker-archive:${broken}`]), /truncated\.tar/, /truncated|ends|short/i);
  });

  it('a file that is not a tar', () => {
    const junk = join(dir, 'junk.tar');
    writeFileSync(junk, randomBytes(4096));
    expectUsageError(cli(['measure', `docker-archive:${junk}`]), /junk\.tar/);
  });

  it('a blob whose bytes do not match its digest', () => {
    const layout = join(dir, 'tampered');
    const made = spawnSync('skopeo', ['copy', `docker-archive:${archive}`, `oci:${layout}`], {
      encoding: 'utf8',
    });
    expect(made.status, made.stderr).toBe(0);
    const index = JSON.parse(readFileSync(join(layout, 'index.json'), 'utf8'));
    const manifestDigest = index.manifests[0].digest.slice('sha256:'.length);
    const manifest = JSON.parse(readFileSync(join(layout, 'blobs/sha256', manifestDigest), 'utf8'));
    const layer = join(layout, 'blobs/sha256', manifest.layers[0].digest.slice('sha256:'.length));
    const bytes = readFileSync(layer);
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 0xff;
    writeFileSync(layer, bytes);
    expectUsageError(
      cli(['measure', `oci:${layout}`]),
      /digest/i,
      new RegExp(manifest.layers[0].digest.slice(7, 19)),
    );
  });

  it('a manifest that is not JSON', () => {
    const layout = join(dir, 'notjson');
    spawnSync('skopeo', ['copy', `docker-archive:${archive}`, `oci:${layout}`]);
    writeFileSync(join(layout, 'index.json'), '{ this is not json');
    expectUsageError(cli(['measure', `oci:${layout}`]), /index\.json/, /JSON/);
  });

  it('a platform the image does not have: the message lists those it has', () => {
    expectUsageError(cli(['measure', archive, '--platform', 'linux/s390x']), /linux\/s390x/, /linux\/amd64/);
  });

  it('a Docker engine that is not running', () => {
    const context = join(dir, 'no-engine');
    mkdirSync(context, { recursive: true });
    writeFileSync(join(context, 'Dockerfile'), 'FROM scratch\n');
    const path = budgetFile(
      'no-engine.yml',
      'images:\n  app:\n    context: no-engine\n    builder: docker\n',
    );
    const run = cli(['check', '--config', path], { env: { DOCKER_HOST: `unix://${dir}/nothing.sock` } });
    expectUsageError(run, /no Docker engine answers/, /nothing\.sock/, /archive:/);
  });
});

describe('the action, run as the runner runs it', () => {
  function runAction(inputs: Record<string, string>) {
    const out = tempDir('tsg-action-');
    const env: Record<string, string> = {
      ...(process.env as Record<string, string>),
      ...dockerEngine(),
      GITHUB_OUTPUT: join(out, 'output'),
      GITHUB_STEP_SUMMARY: join(out, 'summary.md'),
      RUNNER_TEMP: out,
    };
    for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
    writeFileSync(env.GITHUB_OUTPUT as string, '');
    writeFileSync(env.GITHUB_STEP_SUMMARY as string, '');
    const result = spawnSync(process.execPath, [actionPath], { cwd: dir, env, encoding: 'utf8' });
    return {
      status: result.status,
      stdout: result.stdout,
      output: readFileSync(env.GITHUB_OUTPUT as string, 'utf8'),
      summary: readFileSync(env.GITHUB_STEP_SUMMARY as string, 'utf8'),
    };
  }

  /** Reads one output from the runner's GITHUB_OUTPUT file format (name<<delimiter ... delimiter). */
  function output(text: string, name: string): string | undefined {
    const match = new RegExp(`^${name}<<(\\S+)\\n([\\s\\S]*?)\\n\\1$`, 'm').exec(text);
    return match?.[2];
  }

  it('passes, sets the outputs and writes the job summary', () => {
    writeFileSync(
      join(dir, 'tiny-size.yml'),
      `images:\n  app:\n    archive: image.tar\n    budget:\n      files: ${engineSize}\n`,
    );
    const run = runAction({
      config: 'tiny-size.yml',
      'working-directory': '.',
      'fail-on': 'budget',
      'github-token': 'ghs_secret',
    });
    expect(run.status).toBe(0);
    expect(output(run.output, 'verdict')).toBe('pass');
    const reportPath = output(run.output, 'report') as string;
    expect(JSON.parse(readFileSync(reportPath, 'utf8')).images[0].sizes.platforms[0].sizes.files.bytes).toBe(
      engineSize,
    );
    expect(JSON.parse(output(run.output, 'totals') as string).app['linux/amd64'].files).toBe(engineSize);
    expect(run.summary).toMatch(/✅ tiny-size-gate: all 1 checks pass/);
    expect(run.summary).toContain(engineSize.toLocaleString('en-US'));
    // The token reaches the log only inside the runner's own mask command, which hides it everywhere else.
    expect(run.stdout.replaceAll('::add-mask::ghs_secret', '')).not.toContain('ghs_secret');
  });

  it('fails with a one-line reason and an annotation on the budget line when a budget is exceeded', () => {
    writeFileSync(
      join(dir, 'tiny-size.yml'),
      `images:\n  app:\n    archive: image.tar\n    budget:\n      layers: 2\n      files: ${engineSize - 10}\n`,
    );
    const run = runAction({
      config: 'tiny-size.yml',
      'working-directory': '.',
      'fail-on': 'budget',
      'github-token': '',
    });
    expect(run.status).toBe(1);
    expect(output(run.output, 'verdict')).toBe('fail');
    // The annotation points at line 6, column 14 of the budget file, where `files:` is written.
    expect(run.stdout).toMatch(
      /::error title=tiny-size-gate,file=tiny-size\.yml,line=6,col=\d+::app \(linux\/amd64\): `files` is/,
    );
    expect(run.summary).toMatch(/❌ tiny-size-gate: 1 of 2 checks failed/);
  });

  it('an image that cannot be measured fails the step, with the outputs and summary of the others', () => {
    writeFileSync(
      join(dir, 'tiny-size.yml'),
      `images:\n  app:\n    archive: image.tar\n    budget:\n      files: ${engineSize}\n  gone:\n    archive: nope.tar\n`,
    );
    const run = runAction({
      config: 'tiny-size.yml',
      'working-directory': '.',
      'fail-on': 'never',
      'github-token': '',
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/::error::gone: .*nope\.tar/);
    expect(output(run.output, 'verdict')).toBe('fail');
    const report = JSON.parse(readFileSync(output(run.output, 'report') as string, 'utf8'));
    expect(report.images.map((i: { name: string }) => i.name)).toEqual(['app']);
    expect(report.errors.map((e: { name: string }) => e.name)).toEqual(['gone']);
    expect(JSON.parse(output(run.output, 'totals') as string).app['linux/amd64'].files).toBe(engineSize);
  });

  it('with fail-on: never, reports the failure but passes', () => {
    writeFileSync(
      join(dir, 'tiny-size.yml'),
      `images:\n  app:\n    archive: image.tar\n    budget:\n      layers: 2\n      files: ${engineSize - 10}\n`,
    );
    const run = runAction({
      config: 'tiny-size.yml',
      'working-directory': '.',
      'fail-on': 'never',
      'github-token': '',
    });
    expect(run.status).toBe(0);
    expect(output(run.output, 'verdict')).toBe('fail');
  });
});

describe('tiny-size-gate badge', () => {
  it('makes an SVG and a shields endpoint from a check report, green when the budget holds', () => {
    const json = join(dir, 'badge-report.json');
    const config = `images:\n  app:\n    archive: image.tar\n    budget:\n      files: ${engineSize}\n`;
    expect(cli(['check', '--config', budgetFile('badge.yml', config), '--json', json]).status).toBe(0);
    const svg = cli(['badge', '--report', json, '--image', 'app', '--metric', 'files']);
    expect(svg.status, svg.stderr).toBe(0);
    expect(svg.stdout).toMatch(/^<svg/);
    expect(svg.stdout).toContain('app files');
    const endpoint = JSON.parse(
      cli(['badge', '--report', json, '--image', 'app', '--format', 'json']).stdout,
    );
    expect(endpoint).toMatchObject({ schemaVersion: 1, label: 'app files', color: 'brightgreen' });
    expect(endpoint.message).toMatch(/ (B|kB)$/);
  });

  it('refuses a file that is not a report, naming it', () => {
    const bogus = join(dir, 'bogus.json');
    writeFileSync(bogus, '{"tool":"something else"}');
    const run = cli(['badge', '--report', bogus, '--image', 'app']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('bogus.json is not a tiny-size-gate report');
  });
});
