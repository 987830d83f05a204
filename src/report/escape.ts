/**
 * Names from an image (file paths, layer commands) and from a repository are untrusted: a file can be
 * called `| x |`, `<img src=…>` or `@someone`. In Markdown they are printed as inline code with every
 * character that could end the span, break a table or start a mention neutralised.
 */

/** Text safe inside a Markdown table cell, with no markup of its own: HTML entities for every special. */
export function escapeMarkdown(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this removes
  const withoutControls = text.replace(/[\u0000-\u001f\u007f]/g, ' ');
  return withoutControls.replace(/[&<>"'`|\\*_~[\]()#!:@=+-]/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** A name shown as code: `<code>` with entities, which no backtick in the name can close. */
export function codeName(text: string): string {
  return `<code>${escapeMarkdown(text)}</code>`;
}
