/** Runs a build tool and keeps its output, so a failure can show the tool's own last words. */
import { getExecOutput } from '@actions/exec';

export interface RunResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  env?: Record<string, string>;
  /** Called with each chunk the tool prints, for live build logs. */
  onOutput?: (chunk: string) => void;
}

export async function runTool(command: string, args: string[], options: RunOptions = {}): Promise<RunResult> {
  const { onOutput } = options;
  const forward = onOutput ? (data: Buffer) => onOutput(data.toString()) : undefined;
  try {
    return await getExecOutput(command, args, {
      cwd: options.cwd,
      env: options.env ? ({ ...process.env, ...options.env } as Record<string, string>) : undefined,
      ignoreReturnCode: true,
      silent: true,
      listeners: forward ? { stdout: forward, stderr: forward } : undefined,
    });
  } catch (error) {
    // @actions/exec throws when the command cannot be started at all (not on PATH).
    return { exitCode: 127, stdout: '', stderr: error instanceof Error ? error.message : String(error) };
  }
}

/** The last lines a tool printed, which is where build tools say what went wrong. */
export function tail(text: string, lines = 15): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}
