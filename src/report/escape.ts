/**
 * Names from an image (file paths, layer commands, platforms) and from a repository (refs, labels)
 * are untrusted: a file can be called `| x |`, `<img src=…>`, `[x](http://…)` or `@someone`. In
 * Markdown they are printed with every character that could start markup, end a code span, break a
 * table, or start an entity written as an HTML entity, control characters and line breaks as spaces,
 * and bidirectional overrides (which can make text read backwards) as U+FFFD.
 *
 * GitHub finds @mentions and #references in the rendered text, after entities are decoded, except
 * inside `<code>`. So prose (escapeMarkdown) also puts a word joiner (U+2060) after `@` and `#`;
 * code (codeName) needs none, and a path copied from it stays the path.
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this removes
const controls = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const bidiOverrides = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;
const specials = /[&<>"'`|\\*_~[\]()#!:@=+-]/g;

function entities(text: string): string {
  return text
    .replace(controls, ' ')
    .replace(bidiOverrides, '\ufffd')
    .replace(specials, (char) => `&#${char.charCodeAt(0)};`);
}

/** Text safe in prose and in a Markdown table cell, with no markup of its own and no mention. */
export function escapeMarkdown(text: string): string {
  return entities(text).replace(/&#(64|35);/g, '&#$1;\u2060');
}

/** A name shown as code: `<code>` with entities, which no backtick in the name can close. */
export function codeName(text: string): string {
  return `<code>${entities(text)}</code>`;
}
