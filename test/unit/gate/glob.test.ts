import { describe, expect, it } from 'vitest';
import { compilePathPattern } from '../../../src/gate/glob.js';

describe('compilePathPattern', () => {
  it.each([
    ['/index.html', '/index.html', true],
    ['/index.html', '/index.htm', false],
    ['/index.html', '/www/index.html', false],
    ['/index.html', '/indexxhtml', false],
    ['/*.html', '/index.html', true],
    ['/*.html', '/www/index.html', false],
    ['/www/*', '/www/a.css', true],
    ['/www/*', '/www/img/a.png', false],
    ['/*', '/hello', true],
    ['/**', '/hello', true],
    ['/**', '/a/b/c', true],
    ['/usr/**', '/usr/bin/x', true],
    ['/usr/**', '/usr/x', true],
    ['/usr/**', '/usrx/y', false],
    ['/a/**/b', '/a/b', true],
    ['/a/**/b', '/a/x/y/b', true],
    ['/a/**/b', '/a/x/yb', false],
    ['/a/**/*.so', '/a/lib/x/libc.so', true],
    ['/a/**/*.so', '/a/libc.so.6', false],
    ['/f[1].txt', '/f[1].txt', true],
    ['/f?.txt', '/fa.txt', false],
    ['/a.b', '/aXb', false],
  ])('%s matches %s: %s', (pattern, path, expected) => {
    expect(compilePathPattern(pattern)(path)).toBe(expected);
  });
});
