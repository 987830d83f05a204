/**
 * The terminal report: per image and platform, every metric in exact bytes beside the human form,
 * the budget and its status, then the layers and the largest files. Estimated figures carry `*`.
 */

import type { Check } from '../gate/index.js';
import { isFailure, isWarning } from '../gate/index.js';
import { type Figure, type ImageSizes, type PlatformSizes, rootfsSizes } from '../measure/index.js';
import { formatExact } from '../units.js';
import { counted, describeFailure, isNotice } from './checks.js';
import type { CheckReport } from './json.js';
import { distinctNotes } from './notes.js';
import { largestFiles, notMeasured, sizeColumns, sizeRows, withoutEmptyColumns } from './size-rows.js';
import { textTable } from './table.js';

export interface TextOptions {
  /** List every file, not only the largest. */
  allFiles?: boolean;
  /** How many of the largest files to list; default 10. */
  largestFiles?: number;
}

/** `tiny-size-gate measure`: sizes only, no budget. */
export function renderSizesText(sizes: ImageSizes, options: TextOptions = {}): string {
  // A reference the source already names (`docker:hello:latest`, `hello:latest`) is not repeated.
  const references = sizes.references.filter((reference) => !sizes.source.includes(reference));
  const parts = [`${sizes.source}${references.length ? `  (${references.join(', ')})` : ''}`];
  for (const platform of sizes.platforms) parts.push(renderPlatform(platform, [], options));
  for (const skipped of sizes.skipped) parts.push(`  skipped ${skipped.digest}: ${skipped.reason}`);
  return `${parts.join('\n\n')}\n`;
}

/** `tiny-size-gate check`: sizes against the budget, and the verdict last. */
export function renderCheckText(report: CheckReport, options: TextOptions = {}): string {
  const parts: string[] = [];
  for (const image of report.images) {
    const checks = report.checks.filter((check) => check.image === image.name);
    const failed = checks.filter(isFailure).length;
    parts.push(
      `${image.name}: ${failed ? `✘ ${failed} failed` : '✔ within budget'}  (${image.method.includes(image.sizes.source) ? image.method : `${image.method}, ${image.sizes.source}`})`,
    );
    // The reproducibility gate's verdict (reproducible: true) belongs to no platform table.
    for (const check of checks.filter((c) => c.kind === 'reproducible'))
      parts.push(`  ${check.status === 'ok' ? '✔' : '✘'} ${check.message}`);
    for (const platform of image.sizes.platforms) {
      parts.push(
        renderPlatform(
          platform,
          checks.filter((check) => check.platform === platform.platform),
          options,
        ),
      );
    }
  }
  // An image that could not be measured is a row of its own, with the error's place and fix.
  for (const failed of report.errors ?? []) {
    parts.push(`${failed.name}: ✘ error\n${indent(failed.message)}`);
  }
  parts.push(verdictLine(report));
  return `${parts.join('\n\n')}\n`;
}

function indent(text: string): string {
  return text.replace(/^/gm, '  ');
}

function verdictLine(report: CheckReport): string {
  const errors = (report.errors ?? []).map((failed) => `  - ${failed.name}: not measured (error above)`);
  if (errors.length) {
    const failures = report.checks.filter(isFailure).map((check) => `  - ${describeFailure(check)}`);
    return [`✘ error: ${errors.length} image(s) could not be measured in ${report.config}`]
      .concat(errors, failures)
      .join('\n');
  }
  const failures = report.checks.filter(isFailure);
  const warnings = report.checks.filter(isWarning).map((check) => `  ! ${describeFailure(check)}`);
  const notices = report.checks.filter(isNotice).map((check) => `  · ${describeFailure(check)}`);
  const gated = report.checks.filter((check) => !isNotice(check)).length;
  if (!failures.length) {
    const hold = gated === 1 ? 'check holds' : 'checks hold';
    return [`✔ pass: ${gated} ${hold} for ${counted(report.images.length, 'image')} in ${report.config}`]
      .concat(warnings, notices)
      .join('\n');
  }
  return [`✘ fail: ${failures.length} of ${counted(gated, 'check')} failed in ${report.config}`]
    .concat(
      failures.map((check) => `  - ${describeFailure(check)}`),
      warnings,
      notices,
    )
    .join('\n');
}

/** Growth checks get their own lines under the table when there is a baseline: the gate's sentence. */
function growthLines(checks: Check[]): string[] {
  return checks.flatMap((check) =>
    check.kind === 'growth' && check.status !== 'ok' ? [`  ${describeFailure(check)}`] : [],
  );
}

function renderPlatform(platform: PlatformSizes, checks: Check[], options: TextOptions): string {
  const notes = new Set<string>();
  const figure = (value: Figure) => {
    if (value.measured === false) return notMeasured;
    if (value.estimated) notes.add(value.estimated);
    return `${formatExact(value.bytes)}${value.estimated ? '*' : ''}`;
  };
  const status = (check: Check | undefined) =>
    check ? (check.status === 'ok' ? 'ok' : `${isFailure(check) ? '✘' : '!'} ${check.status}`) : '';
  const table = withoutEmptyColumns(
    sizeColumns,
    sizeRows(platform, checks, { figure, path: (pattern) => pattern, status }),
  );

  const sections = [
    `  ${platform.platform}  manifest ${platform.manifestDigest}`,
    textTable(table.header, table.rows, ['left', 'right', 'right', 'right', 'left']),
    ...growthLines(checks),
    '  layers:',
    textTable(
      ['#', 'digest', 'files', 'tar', 'compressed', 'created by'],
      platform.layers.map((layer) => [
        String(layer.index),
        shortDigest(layer.digest),
        layer.read === false ? notMeasured : formatExact(layer.files),
        layer.read === false ? notMeasured : formatExact(layer.tar),
        figure(layer.compressed),
        truncate(layer.createdBy ?? '', 60),
      ]),
      ['right', 'left', 'right', 'right', 'right', 'left'],
    ),
  ];

  if (platform.sizes.files.measured !== false) sections.push(...wastedLines(platform));
  const { largest: shown, files } = largestFiles(
    platform.entries,
    options.allFiles ? undefined : (options.largestFiles ?? 10),
  );
  sections.push(
    `  ${options.allFiles ? 'files' : 'largest files'} (${shown.length} of ${files}${platform.entriesOmitted ? `; ${platform.entriesOmitted} smaller entries left out of the report, still counted in every figure and paths: budget` : ''}):`,
    textTable(
      ['bytes', 'layer', 'path'],
      shown.map((entry) => [formatExact(entry.size), String(entry.layer), entry.path]),
      ['right', 'right', 'left'],
    ),
  );
  const whiteouts = platform.entries.filter((e) => e.type === 'whiteout' || e.type === 'opaque-whiteout');
  if (whiteouts.length) {
    sections.push(
      `  whiteouts (${whiteouts.length}): ${whiteouts.map((e) => `${e.target ?? e.path} (layer ${e.layer}${e.type === 'opaque-whiteout' ? ', opaque' : ''})`).join(', ')}`,
    );
  }
  for (const note of distinctNotes(notes)) sections.push(`  * estimated: ${note}`);
  if (platform.sizes.files.measured === false)
    sections.push(
      `  ${notMeasured} not measured: no layer was read (manifest-only), so files and tar are unknown`,
    );
  for (const layer of platform.layers)
    if (layer.note) sections.push(`  note: layer ${layer.index}: ${layer.note}`);
  return sections.join('\n');
}

/** rootfs and wasted (measure/rootfs.ts), and the files that waste bytes, largest first. */
function wastedLines(platform: PlatformSizes): string[] {
  const { rootfs, wasted, wastedFiles } = rootfsSizes(platform.entries);
  const lines = [
    `  rootfs ${formatExact(rootfs)} (the files a container sees), wasted ${formatExact(wasted)} (files - rootfs)`,
  ];
  if (wastedFiles.length) {
    const shown = wastedFiles.slice(0, 10);
    lines.push(
      `  wasted by (${shown.length} of ${wastedFiles.length}):`,
      textTable(
        ['bytes', 'layers', 'path'],
        shown.map((file) => [formatExact(file.bytes), file.layers.join(','), file.path]),
        ['right', 'left', 'left'],
      ),
    );
  }
  return lines;
}

function shortDigest(digest: string): string {
  return digest.replace(/^(sha256:[0-9a-f]{12})[0-9a-f]+$/, '$1');
}

function truncate(text: string, max: number): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}
