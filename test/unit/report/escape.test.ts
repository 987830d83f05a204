import { describe, expect, it } from 'vitest';
import { codeName, escapeMarkdown } from '../../../src/report/escape.js';

const wj = '\u2060';

// Expected outputs written out by hand: each special character as its decimal HTML entity.
describe('escapeMarkdown and codeName', () => {
  it.each([
    ['a table pipe', 'a|b', 'a&#124;b', 'a&#124;b'],
    ['backticks', '`code`', '&#96;code&#96;', '&#96;code&#96;'],
    [
      'an HTML tag',
      '<img src=x onerror=alert(1)>',
      '&#60;img src&#61;x onerror&#61;alert&#40;1&#41;&#62;',
      '&#60;img src&#61;x onerror&#61;alert&#40;1&#41;&#62;',
    ],
    ['a mention', '@someone', `&#64;${wj}someone`, '&#64;someone'],
    ['an issue reference', '#1', `&#35;${wj}1`, '&#35;1'],
    [
      'a link',
      '[link](http://x)',
      '&#91;link&#93;&#40;http&#58;//x&#41;',
      '&#91;link&#93;&#40;http&#58;//x&#41;',
    ],
    ['bold', '**bold**', '&#42;&#42;bold&#42;&#42;', '&#42;&#42;bold&#42;&#42;'],
    ['an entity', '&amp;', '&#38;amp;', '&#38;amp;'],
    ['newlines and tabs', 'a\nb\r\nc\td', 'a b  c d', 'a b  c d'],
    ['a line separator', 'a\u2028b', 'a b', 'a b'],
    ['a right-to-left override', 'evil\u202Etxt.exe', 'evil\ufffdtxt.exe', 'evil\ufffdtxt.exe'],
    ['plain text', '/usr/bin/hello.txt', '/usr/bin/hello.txt', '/usr/bin/hello.txt'],
  ])('%s', (_name, input, prose, code) => {
    expect(escapeMarkdown(input)).toBe(prose);
    expect(codeName(input)).toBe(`<code>${code}</code>`);
  });

  it('leaves no character that Markdown or HTML treats specially', () => {
    const nasty = '| ` < > & * _ ~ [ ] ( ) # ! : @ = + - \\ " \'';
    for (const out of [escapeMarkdown(nasty), codeName(nasty).slice(6, -7)]) {
      const withoutEntities = out.replace(/&#\d+;/g, '');
      expect(withoutEntities).toMatch(/^[\s\u2060]*$/);
    }
  });
});
