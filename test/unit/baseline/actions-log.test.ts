import { describe, expect, it } from 'vitest';
import { divertCacheLog } from '../../../src/baseline/actions-log.js';

describe('divertCacheLog', () => {
  const lines: [string, string, string | undefined][] = [
    ['a warning command', '::warning::Failed to restore: boom\n', 'Failed to restore: boom'],
    [
      'an error command with properties',
      '::error title=x,file=a::server 500%25 down%0Aagain\n',
      'server 500% down\nagain',
    ],
    [
      'a give-up info line',
      'Failed to save: Unable to reserve cache\n',
      'Failed to save: Unable to reserve cache',
    ],
    ['a debug command', '::debug::Cache service version: v2\n', undefined],
    ['an info line', 'Cache restored successfully\n', undefined],
  ];

  it.each(lines)('%s', (_name, line, diverted) => {
    const caught: string[] = [];
    const passed: string[] = [];
    const original = process.stdout.write;
    // Record what reaches the real stdout, under the diversion.
    process.stdout.write = ((chunk: string) => passed.push(chunk) > 0) as typeof process.stdout.write;
    try {
      const stop = divertCacheLog((message) => caught.push(message));
      process.stdout.write(line);
      stop();
    } finally {
      process.stdout.write = original;
    }
    expect(caught).toEqual(diverted === undefined ? [] : [diverted]);
    expect(passed).toEqual(diverted === undefined ? [line] : []);
  });

  it('stops only its own patch', () => {
    const original = process.stdout.write;
    const stop = divertCacheLog(() => undefined);
    const later = ((chunk: string) => original.call(process.stdout, chunk)) as typeof process.stdout.write;
    process.stdout.write = later;
    stop();
    expect(process.stdout.write).toBe(later);
    process.stdout.write = original;
  });
});
