import { describe, expect, it } from 'vitest';
import {
  type CommentMode,
  commentMarker,
  sanitizeKey,
  shouldCreateComment,
} from '../../../src/github/comment.js';

describe('shouldCreateComment', () => {
  const outcomes = [
    { failed: false, changed: false },
    { failed: false, changed: true },
    { failed: true, changed: false },
    { failed: true, changed: true },
  ];
  const expected: Record<CommentMode, (o: { failed: boolean; changed: boolean }) => boolean> = {
    always: () => true,
    'on-change': (o) => o.changed || o.failed,
    'on-failure': (o) => o.failed,
    never: () => false,
  };
  it.each(
    (Object.keys(expected) as CommentMode[]).flatMap((mode) =>
      outcomes.map((outcome) => ({ mode, ...outcome })),
    ),
  )('$mode with failed=$failed changed=$changed', ({ mode, failed, changed }) => {
    expect(shouldCreateComment(mode, { failed, changed })).toBe(expected[mode]({ failed, changed }));
  });
});

describe('comment markers', () => {
  it.each([
    ['default', 'default'],
    ['images/http', 'images-http'],
    ['a --> <script>', 'a-script'],
    ['  ', 'default'],
    ['--', 'default'],
    ['ok_key.v2', 'ok_key.v2'],
  ])('sanitizes %j to %j', (key, clean) => {
    expect(sanitizeKey(key)).toBe(clean);
    const marker = commentMarker(key);
    expect(marker).toBe(`<!-- tiny-size-gate:${clean} -->`);
    // Nothing in the key can close the HTML comment early.
    expect(marker.indexOf('-->')).toBe(marker.length - 3);
  });

  it('caps the key length', () => {
    expect(sanitizeKey('k'.repeat(500))).toHaveLength(100);
  });
});
