/**
 * The comment fits GitHub's limit by leaving details out, in a fixed order: files, layers, the tables
 * of unchanged images, unchanged rows, every image section, the baseline lines and the footer, and
 * last the lists of sentences. The headline (the verdict) is always there.
 */
import { groupDigits } from '../units.js';
import type { CommentModel } from './comment-model.js';
import { type Detail, renderModel } from './comment-render.js';

/** GitHub refuses an issue comment over 65,536 characters: the one limit, here. */
export const githubCommentLimit = 65_536;

/** Room kept for the hidden marker the publisher puts before the body (`<!-- … key -->`). */
export const commentMarkerReserve = 536;

/** The most characters a comment body may have. */
export const commentMaxLength = githubCommentLimit - commentMarkerReserve;

function cutNote(cut: boolean, context: boolean): string | undefined {
  if (!cut) return undefined;
  if (!context) return '<sub>⚠️ Cut to fit a comment; see the job summary.</sub>';
  return `<sub>⚠️ Details were left out to stay under GitHub's limit of ${groupDigits(githubCommentLimit)} characters per comment; the job summary and the JSON report have them all.</sub>`;
}

/** The largest n in [0, max] for which fits(n) holds (fits grows false with n), or 0. */
function largestFitting(max: number, fits: (n: number) => boolean): number {
  let low = 0;
  let high = max;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(middle)) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** The model's Markdown at the most detail that stays within maxLength characters. */
export function fitComment(model: CommentModel, full: Detail, maxLength: number): string {
  const render = (detail: Detail) =>
    renderModel(model, detail, cutNote(JSON.stringify(detail) !== JSON.stringify(full), detail.context));
  const fits = (candidate: Detail) => render(candidate).length <= maxLength;
  let detail = full;
  if (fits(detail)) return render(detail);
  detail = { ...detail, files: largestFitting(detail.files, (files) => fits({ ...detail, files })) };
  if (!fits(detail))
    detail = { ...detail, layers: largestFitting(detail.layers, (layers) => fits({ ...detail, layers })) };
  for (const level of ['unchangedImages', 'unchangedRows', 'images', 'context'] as const) {
    if (fits(detail)) break;
    detail = { ...detail, [level]: false };
  }
  if (!fits(detail)) {
    detail = {
      ...detail,
      failures: largestFitting(detail.failures, (n) => fits({ ...detail, failures: n })),
    };
  }
  return render(detail);
}
