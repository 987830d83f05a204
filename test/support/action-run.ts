/**
 * Runs the bundled action as the runner does: `node dist/index.js` with INPUT_* variables, the
 * event payload in GITHUB_EVENT_PATH, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files; returns the exit
 * status, the log (stdout and stderr), the summary and the outputs. Asynchronous, so doubles served
 * from the test's own event loop can answer.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repoRoot = resolve(import.meta.dirname, '../..');

export interface ActionRun {
  status: number | null;
  stdout: string;
  summary: string;
  outputs: Record<string, string>;
  ms: number;
}

export async function runBundledAction(options: {
  cwd: string;
  event: unknown;
  env: Record<string, string>;
  inputs: Record<string, string>;
  timeoutMs?: number;
}): Promise<ActionRun> {
  const out = mkdtempSync(join(tmpdir(), 'tsg-action-run-'));
  try {
    const files = {
      event: join(out, 'event.json'),
      output: join(out, 'output'),
      summary: join(out, 'summary.md'),
    };
    writeFileSync(files.event, JSON.stringify(options.event));
    writeFileSync(files.output, '');
    writeFileSync(files.summary, '');
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/root',
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_PATH: files.event,
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_SERVER_URL: 'https://github.com',
      RUNNER_TEMP: out,
      ...options.env,
    };
    for (const [name, value] of Object.entries(options.inputs))
      env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
    const started = Date.now();
    const child = spawn(process.execPath, [join(repoRoot, 'dist/index.js')], { cwd: options.cwd, env });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stdout += chunk;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 180_000);
    const status = await new Promise<number | null>((done) => child.on('close', done));
    clearTimeout(timer);
    const ms = Date.now() - started;
    const outputs: Record<string, string> = {};
    for (const match of readFileSync(files.output, 'utf8').matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) {
      outputs[match[1] as string] = match[3] as string;
    }
    return { status, stdout, summary: readFileSync(files.summary, 'utf8'), outputs, ms };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
