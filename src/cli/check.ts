/** `tiny-size-gate check`: build or read every image of the budget file, measure it and gate it. */
import type { Progress } from '../progress.js';
import { readReport } from './badge.js';
import {
  type Command,
  type Console,
  flag,
  jsonOption,
  registryCredentials,
  stringList,
  stringValue,
  writeOutput,
} from './command.js';

export const checkCommand: Command = {
  name: 'check',
  summary: 'Build or read every image of the budget file, measure it and gate it.',
  options: {
    config: { type: 'string', short: 'c', value: 'FILE', default: 'tiny-size.yml', help: 'the budget file' },
    image: {
      type: 'string',
      short: 'i',
      multiple: true,
      value: 'NAME',
      help: 'check only this image (comma-separated names too)',
    },
    json: jsonOption('the report'),
    markdown: { type: 'string', short: 'm', value: 'FILE', help: 'write the Markdown report to FILE' },
    baseline: {
      type: 'string',
      short: 'b',
      value: 'FILE',
      help: 'a report (check --json) to gate growth against, as a pull request does',
    },
    quiet: { type: 'boolean', short: 'q', help: 'print only the verdict and what failed' },
    verbose: { type: 'boolean', short: 'v', help: 'print the build logs as they run' },
    'estimate-compressed': {
      type: 'boolean',
      help: "gzip a docker save archive's layers to estimate compressed and pull even when no budget needs them",
    },
  },
  details: `Registry credentials for registry: images come from ~/.docker/config.json, or the
environment's TINY_SIZE_GATE_REGISTRY_USERNAME and TINY_SIZE_GATE_REGISTRY_PASSWORD.
Exit codes: 0 every budget holds, 1 a budget is exceeded, 2 an image could not be measured or a
usage or input error.`,
  async run(args, io) {
    // The engine and the reports load here, not at start-up, so `--version` and `--help` start
    // as fast as Node itself (`npm run bench -- --only startup`).
    const [{ runCheck }, { checkReport, renderCheckText, renderMarkdown, reportJsonChunks }] =
      await Promise.all([import('../check.js'), import('../report/index.js')]);
    const quiet = flag(args, 'quiet');
    // The growth gate on a laptop: a report (check --json) stands for the pull request's merge-base.
    const baselineFile = stringValue(args, 'baseline');
    const base = baselineFile ? await readReport(baselineFile) : undefined;
    const result = await runCheck({
      ...(base ? { baseline: base.images } : {}),
      estimateCompressed: flag(args, 'estimate-compressed'),
      config: stringValue(args, 'config') ?? 'tiny-size.yml',
      images: stringList(args, 'image')
        .flatMap((v) => v.split(','))
        .filter(Boolean),
      progress: stderrProgress(io, { quiet, verbose: flag(args, 'verbose') }),
      registry: registryCredentials(),
    });
    // Errors go to stderr, as every other error does; the report keeps them as rows too.
    for (const failed of result.failed ?? [])
      io.err(`tiny-size-gate: ${failed.image.name}: ${failed.message}\n`);
    const baseline = baselineFile ? { source: 'file' as const, reason: baselineFile } : undefined;
    const report = checkReport(result, baseline);
    const json = stringValue(args, 'json');
    const markdown = stringValue(args, 'markdown');
    if (json) await writeOutput(json, reportJsonChunks(report), io);
    if (markdown)
      await writeOutput(markdown, renderMarkdown(report, baseline && base && { baseline, base }), io);
    if (json !== '-' && markdown !== '-') {
      const text = renderCheckText(report);
      // The verdict (and what failed) is the last paragraph of the text report.
      io.out(quiet ? `${text.slice(text.lastIndexOf('\n\n') + 2)}` : text);
    }
    return result.exitCode ?? result.verdict.exitCode;
  },
};

/** Phases on stderr; build logs only with --verbose (a failed build's error carries its last lines). */
export function stderrProgress(io: Console, { quiet = false, verbose = false } = {}): Progress {
  return {
    async step(title, run) {
      if (!quiet) io.err(`▸ ${title}\n`);
      return run();
    },
    detail(line) {
      if (verbose) io.err(`  ${line}\n`);
    },
    warn(message) {
      io.err(`warning: ${message}\n`);
    },
  };
}
