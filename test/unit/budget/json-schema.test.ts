import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { budgetJsonSchema, jsonSchemaPath, renderBudgetJsonSchema } from '../../../src/budget/json-schema.js';
import { parseBudgetFile } from '../../../src/budget/load.js';
import { parseSize } from '../../../src/units.js';

const root = resolve(import.meta.dirname, '../../..');

describe('the JSON Schema for editors', () => {
  it('is committed exactly as a fresh export writes it', async () => {
    const committed = await readFile(resolve(root, jsonSchemaPath), 'utf8').catch(() => '(missing)');
    // On failure: run `node scripts/export-schema.mjs` and commit schema/tiny-size.schema.json.
    expect(committed).toBe(renderBudgetJsonSchema());
  });

  it('is draft-07 (what yaml-language-server reads) and closed to unknown keys', () => {
    const schema = budgetJsonSchema() as {
      $schema: string;
      additionalProperties: boolean;
      properties: { images: { additionalProperties: { additionalProperties: boolean; properties: object } } };
    };
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.additionalProperties).toBe(false);
    const image = schema.properties.images.additionalProperties;
    expect(image.additionalProperties).toBe(false);
    expect(Object.keys(image.properties)).toEqual(
      expect.arrayContaining([
        'context',
        'dockerfile',
        'archive',
        'oci',
        'oci-archive',
        'image',
        'budget',
        'growth',
      ]),
    );
  });

  it('describes sizes with the pattern parseSize accepts', () => {
    const definitions = (
      budgetJsonSchema() as { definitions: Record<string, { anyOf: { pattern?: string }[] }> }
    ).definitions;
    const pattern = definitions.size?.anyOf.find((branch) => branch.pattern)?.pattern;
    expect(pattern).toBeDefined();
    const regex = new RegExp(pattern ?? '');
    for (const size of ['62B', '6.34 kB', '2MiB', '0']) {
      expect(regex.test(size)).toBe(true);
      expect(() => parseSize(size)).not.toThrow();
    }
    for (const size of ['5KB', '-1B', '5 furlongs']) {
      expect(regex.test(size)).toBe(false);
      expect(() => parseSize(size)).toThrow();
    }
  });

  it('is the schema the fixture points editors at', async () => {
    const fixture = await readFile(resolve(root, 'test/fixtures/budget/tiny-size.yml'), 'utf8');
    const reference = /^# yaml-language-server: \$schema=(\S+)$/m.exec(fixture)?.[1];
    expect(reference && resolve(root, 'test/fixtures/budget', reference)).toBe(resolve(root, jsonSchemaPath));
  });

  it.each([
    ['a budget per platform', 'platforms:\n  linux/arm64: { files: 7kB, paths: { /a: 1kB } }', true],
    ['a platform key with capitals', 'platforms:\n  Linux/ARM64: { files: 7kB }', false],
    ['an unknown key in a platform budget', 'platforms:\n  linux/arm64: { fils: 7kB }', false],
    ['a platform budget inside a platform budget', 'platforms:\n  linux/arm64: { platforms: {} }', false],
  ])('agrees with the loader on %s', (_name, budget, valid) => {
    const indented = budget.replaceAll('\n', '\n      ');
    const text = `images:\n  a:\n    image: x\n    budget:\n      files: 8kB\n      ${indented}\n`;
    const validate = new Ajv({ strict: false }).compile(budgetJsonSchema());
    expect(validate(parse(text))).toBe(valid);
    const loads = (() => {
      try {
        parseBudgetFile(text, 'tiny-size.yml');
        return true;
      } catch {
        return false;
      }
    })();
    expect(loads).toBe(valid);
  });
});
