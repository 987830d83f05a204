import { describe, expect, it } from 'vitest';
import { expandImagePatterns } from '../../../src/action/images.js';
import { TinySizeError } from '../../../src/errors.js';

const names = ['hello', 'http', 'http-debug', 'app'];

describe('the images input: names and globs', () => {
  it.each([
    [['hello'], ['hello']],
    [['http*'], ['http', 'http-debug']],
    [
      ['h*', 'app'],
      ['hello', 'http', 'http-debug', 'app'],
    ],
    [['htt?'], ['http']],
    [['*'], names],
    [
      ['http', 'http*'],
      ['http', 'http-debug'],
    ],
    [['a.p'], ['a.p']], // not a glob: a name, left for the engine to refuse
  ])('%j -> %j', (patterns, expected) => {
    expect(expandImagePatterns(patterns, names, 'tiny-size.yml')).toEqual(expected);
  });

  it('a glob that matches nothing names the file and the choices', () => {
    expect(() => expandImagePatterns(['web*'], names, 'tiny-size.yml')).toThrow(TinySizeError);
    expect(() => expandImagePatterns(['web*'], names, 'tiny-size.yml')).toThrow(/`web\*` matches no image/);
  });
});
