/**
 * The comment model (comment-model.ts) written out: Markdown for the pull request comment and the
 * job summary, and the same tables as plain text for `tiny-size-gate diff`. How much of the model
 * is written is the Detail that comment-fit.ts chooses; the verdict is always written.
 *
 * Every name from an image, the budget file or the repository goes through escape.ts here.
 */
import type { ChangeStatus, FileDelta, LayerDelta } from '../compare/index.js';
import type { Check, GrowthCheck } from '../gate/index.js';
import { groupDigits } from '../units.js';
import { counted } from './checks.js';
import type { CommentModel, ImageModel, PlatformModel, RowStatus, SizeRow } from './comment-model.js';
import { type Align, cappedList, checkText, deltaCell, markdownTable, sizeCell } from './compare-format.js';
import { codeName, escapeMarkdown } from './escape.js';
import type { BaselineInfo } from './json.js';
import { distinctNotes } from './notes.js';
import { textTable } from './table.js';

/** How much of the model is written; comment-fit.ts lowers it until the comment fits. */
export interface Detail {
  files: number;
  layers: number;
  unchangedImages: boolean;
  unchangedRows: boolean;
  images: boolean;
  /** The baseline, label and changes lines, the notices, and the footer. */
  context: boolean;
  /** Sentences listed per list (failures, warnings, notices). */
  failures: number;
}

/** Markdown (names escaped) or plain text (for a terminal). */
export interface CellStyle {
  code(text: string): string;
  prose(text: string): string;
  /** After an estimated figure. */
  star: string;
}

export const markdownCells: CellStyle = { code: codeName, prose: escapeMarkdown, star: ' \\*' };
export const textCells: CellStyle = { code: (text) => text, prose: (text) => text, star: '*' };

/** A table before it is written as Markdown or text. */
export interface Table {
  header: string[];
  align: Align[];
  rows: string[][];
}

export function markdownOf(table: Table): string {
  return markdownTable(table.header, table.align, table.rows);
}

export function textOf(table: Table): string {
  return textTable(
    table.header,
    table.rows,
    table.align.map((align) => (align === 'right' ? 'right' : 'left')),
  );
}

const statusCells: Record<RowStatus, string> = {
  ok: '✅ ok',
  grew: '🔼 grew',
  'over-allowance': '❌ over allowance',
  'over-budget': '❌ over budget',
  'no-match': '❌ no match',
  new: '🆕 new',
  removed: '➖ removed',
};

function statusCell(status: RowStatus | undefined, growth: GrowthCheck | undefined): string {
  if (status === undefined) return '';
  if (!growth) return statusCells[status];
  const allowed = growth.metric === 'layers' ? `+${growth.allowed}` : `+${sizeCell(growth.allowed)}`;
  if (status === 'over-allowance' && growth.overridden) return `⚠️ over allowance (${allowed}), approved`;
  if (status === 'over-allowance' || status === 'grew') return `${statusCells[status]} (allowed ${allowed})`;
  return statusCells[status];
}

function figureCell(
  value: number | undefined,
  row: SizeRow,
  unmeasured: boolean | undefined,
  estimated: string | undefined,
  style: CellStyle,
): string {
  if (value === undefined || unmeasured) return '—';
  return `${sizeCell(value, row.metric)}${estimated ? style.star : ''}`;
}

function labelCell(row: SizeRow, style: CellStyle): string {
  // Metric names are ours and safe; a pattern comes from the budget file.
  if (row.metric !== 'path') return style === textCells ? row.label : `\`${row.label}\``;
  return style.code(row.label);
}

const comparedHeader = ['metric', 'base', 'head', 'delta', 'budget', 'status'];
const comparedAlign: Align[] = ['left', 'right', 'right', 'right', 'right', 'left'];
const measuredHeader = ['metric', 'size', 'budget', 'status'];
const measuredAlign: Align[] = ['left', 'right', 'right', 'left'];

/** The cells of a row: label, base, head, delta, budget, status (compared) or label, size, budget, status. */
function rowCells(row: SizeRow, compared: boolean, style: CellStyle): string[] {
  const label = labelCell(row, style);
  const head = figureCell(row.head, row, row.headUnmeasured, row.headEstimated, style);
  const budget = row.limit !== undefined ? sizeCell(row.limit, row.metric) : '';
  const status = statusCell(row.status, row.growth);
  if (!compared) return [label, head, budget, status];
  const base = figureCell(row.base, row, row.baseUnmeasured, row.baseEstimated, style);
  const unknown = row.baseUnmeasured || row.headUnmeasured;
  const delta = row.delta !== undefined && !unknown ? deltaCell(row.delta, row.percent, row.metric) : '—';
  return [label, base, head, delta, budget, status];
}

/** The size table of some rows; `dropEmpty` leaves out the budget and status columns when all are empty. */
export function sizeTable(rows: SizeRow[], compared: boolean, style: CellStyle, dropEmpty = false): Table {
  const header = compared ? comparedHeader : measuredHeader;
  const align = compared ? comparedAlign : measuredAlign;
  const cells = rows.map((row) => rowCells(row, compared, style));
  const keep = header.map(
    (name, column) =>
      !dropEmpty || (name !== 'budget' && name !== 'status') || cells.some((row) => row[column] !== ''),
  );
  const pick = <T>(items: T[]) => items.filter((_, column) => keep[column]);
  return { header: pick(header), align: pick(align), rows: cells.map(pick) };
}

const maxNameLength = 200;

/** Long names keep their start and end: `/usr/share/…/file.txt`. */
function shortName(name: string): string {
  if (name.length <= maxNameLength) return name;
  const half = Math.floor((maxNameLength - 1) / 2);
  return `${name.slice(0, half)}…${name.slice(-half)}`;
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function shortDigest(digest: string): string {
  return digest.replace(/^(sha256:[0-9a-f]{12})[0-9a-f]+$/, '$1');
}

export function layerTable(layers: LayerDelta[], style: CellStyle): Table {
  return {
    header: ['layer', 'change', 'files', 'tar', 'compressed', 'created by'],
    align: ['left', 'left', 'right', 'right', 'right', 'left'],
    rows: layers.map((layer) => {
      const index =
        layer.status === 'changed' && layer.baseIndex !== layer.index
          ? `${layer.baseIndex} → ${layer.index}`
          : String(layer.index ?? layer.baseIndex);
      return [
        `${index} ${style.code(shortDigest(layer.digest))}`,
        layer.status,
        deltaCell(layer.delta.files, undefined),
        deltaCell(layer.delta.tar, undefined),
        `${deltaCell(layer.delta.compressed, undefined)}${layer.estimated ? style.star : ''}`,
        layer.createdBy ? style.code(clip(layer.createdBy.replace(/\s+/g, ' ').trim(), 80)) : '',
      ];
    }),
  };
}

const octal = (mode: number) => mode.toString(8).padStart(4, '0');

/** `grew`, `mode 0644 → 0755`, `shrank, owner 0:0 → 1000:1000`. */
export function fileChange(file: FileDelta): string {
  const words: string[] = file.status === 'mode' || file.status === 'owner' ? [] : [file.status];
  if (file.mode) words.push(`mode ${octal(file.mode[0])} → ${octal(file.mode[1])}`);
  if (file.owner) words.push(`owner ${file.owner[0]} → ${file.owner[1]}`);
  return words.join(', ');
}

export function fileTable(files: FileDelta[], style: CellStyle): Table {
  return {
    header: ['file', 'change', 'base', 'head', 'delta'],
    align: ['left', 'left', 'right', 'right', 'right'],
    rows: files.map((file) => [
      style.code(shortName(file.path)),
      fileChange(file),
      file.status === 'added' ? '—' : sizeCell(file.base),
      file.status === 'removed' ? '—' : sizeCell(file.head),
      deltaCell(file.delta, file.base ? (file.delta / file.base) * 100 : undefined),
    ]),
  };
}

function capped(table: Table, max: number, what: string): string {
  const { rows } = table;
  if (rows.length === 0 || max <= 0) {
    return rows.length ? `<sub>${groupDigits(rows.length)} ${what} changed (left out)</sub>` : '';
  }
  const shown = markdownOf({ ...table, rows: rows.slice(0, max) });
  const rest = rows.length - max;
  return rest > 0 ? `${shown}\n\n…and ${groupDigits(rest)} more ${what}` : shown;
}

/** The fit renders a model many times: each platform's tables are escaped once. */
const tablesOf = new WeakMap<PlatformModel, { layers: Table; files: Table }>();

function platformTables(view: PlatformModel): { layers: Table; files: Table } {
  let tables = tablesOf.get(view);
  if (!tables) {
    tables = { layers: layerTable(view.layers, markdownCells), files: fileTable(view.files, markdownCells) };
    tablesOf.set(view, tables);
  }
  return tables;
}

function notesOf(rows: SizeRow[], notes: Set<string>): void {
  for (const row of rows) {
    if (row.baseEstimated) notes.add(row.baseEstimated);
    if (row.headEstimated) notes.add(row.headEstimated);
  }
}

function renderPlatform(
  view: PlatformModel,
  compared: boolean,
  detail: Detail,
  notes: Set<string>,
  quiet: boolean,
): string {
  // An image folded away as unchanged shows its rows flat: no details inside details.
  const shown = quiet ? view.rows : view.rows.filter((row) => row.changed);
  const folded = quiet ? [] : view.rows.filter((row) => !row.changed);
  notesOf(shown, notes);
  const parts = [
    `**${escapeMarkdown(view.platform)}**${compared && view.status !== 'changed' ? ` · ${view.status}` : ''}`,
  ];
  if (shown.length) parts.push(markdownOf(sizeTable(shown, compared, markdownCells)));
  if (folded.length) {
    const summary = `${folded.length} unchanged: ${folded.map((row) => labelCell(row, markdownCells)).join(', ')}`;
    if (detail.unchangedRows) {
      notesOf(folded, notes);
      parts.push(
        `<details><summary>${summary}</summary>\n\n${markdownOf(sizeTable(folded, compared, markdownCells))}\n\n</details>`,
      );
    } else parts.push(summary);
  }
  if (view.layers.length) {
    parts.push(`Layers that changed (${view.layers.length}), largest change first:`);
    parts.push(capped(platformTables(view).layers, detail.layers, 'layers'));
  }
  if (view.files.length) {
    parts.push(`Files that changed (${groupDigits(view.files.length)}), largest change first:`);
    parts.push(capped(platformTables(view).files, detail.files, 'files'));
  }
  return parts.join('\n\n');
}

const imageStatusWords: Record<ChangeStatus, string> = {
  changed: 'changed',
  unchanged: 'unchanged',
  added: 'new: not in the baseline',
  removed: 'removed: in the baseline only',
};

function renderImage(image: ImageModel, compared: boolean, detail: Detail, notes: Set<string>): string {
  const status = compared ? ` · ${imageStatusWords[image.status]}` : '';
  const parts = [`#### ${escapeMarkdown(image.name)}${status}`];
  if (image.method) parts.push(`<sub>${escapeMarkdown(image.method)}</sub>`);
  for (const platform of image.platforms) {
    parts.push(renderPlatform(platform, compared, detail, notes, !image.attention));
  }
  return parts.join('\n\n');
}

function baselineLine(baseline: BaselineInfo): string {
  const sha = baseline.sha ? ` ${codeName(baseline.sha.slice(0, 12))}` : '';
  const ref = baseline.ref ? ` with ${codeName(baseline.ref)}` : '';
  switch (baseline.source) {
    case 'cache':
      return `Baseline: the merge-base${sha}${ref}, its report restored from the cache.`;
    case 'rebuild':
      return `Baseline: the merge-base${sha}${ref}, rebuilt and measured in this run (no cached report).`;
    case 'file':
      return `Baseline: the report ${codeName(baseline.reason ?? '')}.`;
    default:
      return `No baseline${baseline.reason ? ` (${escapeMarkdown(baseline.reason)})` : ''}: sizes are not compared and growth is not gated.`;
  }
}

function overrideLine(label: string | undefined, warnings: Check[]): string | undefined {
  if (label === undefined) return undefined;
  const overridden = warnings.length;
  const effect = overridden
    ? `${counted(overridden, 'growth check')} over the allowance ${overridden === 1 ? 'is a warning' : 'are warnings'}, not ${overridden === 1 ? 'a failure' : 'failures'}`
    : 'growth over an allowance would be a warning, not a failure';
  return `The label ${codeName(label)} is on this pull request: ${effect}. Budgets still apply.`;
}

function headline(model: CommentModel): string {
  const failures = model.failures.length;
  const warnings = model.warnings.length;
  if (failures) return `### ❌ tiny-size-gate: ${failures} of ${model.gated} checks failed`;
  const approved = warnings ? `, ${counted(warnings, 'growth warning')} approved` : '';
  return `### ✅ tiny-size-gate: all ${model.gated} checks pass${approved}`;
}

function changeLine(images: ImageModel[]): string {
  const count = (status: ChangeStatus) => images.filter((image) => image.status === status).length;
  const parts = [
    [count('changed'), 'changed'],
    [count('added'), 'new'],
    [count('removed'), 'removed'],
    [count('unchanged'), 'unchanged'],
  ]
    .filter(([n]) => n)
    .map(([n, word]) => `${n} ${word}`);
  return `Images since the baseline: ${parts.join(', ') || 'none'}.`;
}

/** The full detail of a model: every list and table, files and layers up to the given caps. */
export function fullDetail(model: CommentModel, maxFiles = 10, maxLayers = 10): Detail {
  const most = (pick: (view: PlatformModel) => number) =>
    Math.max(0, ...model.images.flatMap((image) => image.platforms.map(pick)));
  return {
    files: Math.min(
      maxFiles,
      most((view) => view.files.length),
    ),
    layers: Math.min(
      maxLayers,
      most((view) => view.layers.length),
    ),
    unchangedImages: true,
    unchangedRows: true,
    images: true,
    context: true,
    // One cap for the three lists of sentences; the fit lowers it only when all else is gone.
    failures: Math.max(model.failures.length, model.warnings.length, model.notices.length),
  };
}

/**
 * The comment's Markdown body at a given detail; `cutNote` is the line that says what was left out
 * (comment-fit.ts words it, with the limit), absent when nothing was.
 */
export function renderModel(model: CommentModel, detail: Detail, cutNote?: string): string {
  const { compared, images } = model;
  const notes = new Set<string>();
  const failures = model.failures.map(checkText);
  const warnings = model.warnings.map(checkText);
  const notices = model.notices.map(checkText);
  const parts = [headline(model)];
  if (failures.length) parts.push(cappedList(failures, detail.failures, 'failures'));
  if (warnings.length)
    parts.push(`Approved by the label:\n${cappedList(warnings, detail.failures, 'warnings')}`);
  if (notices.length && detail.context)
    parts.push(`Since the baseline:\n${cappedList(notices, detail.failures, 'images')}`);
  if (model.accept && detail.context) {
    const lines = model.accept.diff.map(codeName).join('\n');
    parts.push(
      `If the new sizes are intended, ${codeName(model.accept.command)} sets the budgets to them:\n<pre>${lines}</pre>`,
    );
  }
  if (detail.context) {
    const context = [baselineLine(model.baseline), overrideLine(model.overrideLabel, model.warnings)];
    if (compared) context.push(changeLine(images));
    parts.push(context.filter(Boolean).join('\n'));
  }
  if (detail.images) {
    for (const image of images.filter((view) => view.attention)) {
      parts.push(renderImage(image, compared, detail, notes));
    }
    const quiet = images.filter((view) => !view.attention);
    if (quiet.length) {
      const names = quiet.map((view) => escapeMarkdown(view.name)).join(', ');
      parts.push(
        detail.unchangedImages
          ? `<details><summary>${quiet.length} unchanged: ${names}</summary>\n\n${quiet
              .map((image) => renderImage(image, compared, detail, notes))
              .join('\n\n')}\n\n</details>`
          : `Unchanged: ${names}.`,
      );
    }
  } else if (images.length && detail.context) {
    parts.push(`<sub>${counted(images.length, 'image table')} left out.</sub>`);
  }
  for (const note of distinctNotes(notes)) parts.push(`\\* estimated: ${escapeMarkdown(note)}`);
  if (cutNote) parts.push(cutNote);
  if (detail.context) {
    parts.push(
      `<sub>Budget file: ${codeName(model.config)}. Sizes: exact bytes, then B, kB = 1000 B, MB = 10⁶ B. Files are compared by path, each the sum of its copies in all layers.</sub>`,
    );
  }
  return `${parts.join('\n\n')}\n`;
}
