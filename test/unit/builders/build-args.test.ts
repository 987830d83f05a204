// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the values are Compose-style ${VAR} strings, not templates
import { describe, expect, it } from 'vitest';
import { expandBuildArgs } from '../../../src/builders/build-args.js';
import { formatError } from '../../../src/errors.js';

const where = { file: 'tiny-size.yml', image: 'http' };

describe('expandBuildArgs', () => {
  it.each([
    ['plain value', 'debian:bookworm-slim', {}, 'debian:bookworm-slim'],
    ['a set variable', '${BASE}', { BASE: 'local/builder:1' }, 'local/builder:1'],
    ['a default when unset', '${BASE:-debian:bookworm-slim}', {}, 'debian:bookworm-slim'],
    ['a default when empty', '${BASE:-debian:bookworm-slim}', { BASE: '' }, 'debian:bookworm-slim'],
    ['the variable over the default', '${BASE:-debian:bookworm-slim}', { BASE: 'x' }, 'x'],
    ['several in one value', '${A}-${B:-b}', { A: 'a' }, 'a-b'],
    ['a lone dollar', 'price$5', {}, 'price$5'],
  ])('%s', (_, value, env, expected) => {
    expect(expandBuildArgs({ ARG: value }, env, where)).toEqual({ ARG: expected });
  });

  it('names the variable, the image, the file and the fix when a variable is unset', () => {
    let message = '';
    try {
      expandBuildArgs({ BUILDER_IMAGE: '${TSG_BUILDER}' }, {}, where);
    } catch (error) {
      message = formatError(error);
    }
    expect(message).toContain('tiny-size.yml (images.http.build-args.BUILDER_IMAGE)');
    expect(message).toContain('${TSG_BUILDER}, which is not set');
    expect(message).toContain('${TSG_BUILDER:-value}');
  });
});
