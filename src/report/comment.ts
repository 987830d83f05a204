/**
 * The pull request comment (and the job summary of a pull request): the verdict, then per image and
 * platform a table of base, head, delta, budget and status, then the layers and files that changed,
 * largest change first. Unchanged rows and images are folded into <details>.
 *
 * Three parts: comment-model.ts (what to say), comment-render.ts (Markdown), comment-fit.ts (leave
 * details out until it fits GitHub's limit, never the verdict). This file is their entry point.
 */
import { compareImages, comparisonHasChanges } from '../compare/index.js';
import { commentMaxLength, fitComment } from './comment-fit.js';
import { commentModel } from './comment-model.js';
import { fullDetail } from './comment-render.js';
import type { BaselineInfo, CheckReport } from './json.js';

export { commentMaxLength, githubCommentLimit } from './comment-fit.js';

export interface CommentOptions {
  baseline: BaselineInfo;
  /** The override label's name, when the pull request carries it. */
  overrideLabel?: string;
  /** Characters; default commentMaxLength. */
  maxLength?: number;
  /** Changed files listed per platform; default 10. */
  maxFiles?: number;
  /** Changed layers listed per platform; default 10. */
  maxLayers?: number;
  /** The budget file's text: with it, a failed budget shows the `accept` command and the lines it changes. */
  budgetText?: string;
}

/** Any size that differs, or any image or platform new or gone. False without a baseline. */
export function hasChanges(head: CheckReport, base: CheckReport | undefined): boolean {
  return base !== undefined && comparisonHasChanges(compareImages(head.images, base.images));
}

/** The comment's Markdown body (without the hidden marker, which the publisher adds). */
export function renderComment(
  head: CheckReport,
  base: CheckReport | undefined,
  options: CommentOptions,
): string {
  const model = commentModel(head, base, options);
  return fitComment(
    model,
    fullDetail(model, options.maxFiles, options.maxLayers),
    options.maxLength ?? commentMaxLength,
  );
}
