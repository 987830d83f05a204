/**
 * The JSON Schema of the budget file, for editors (yaml-language-server), generated from the zod
 * schema so the two cannot drift. scripts/export-schema.mjs writes it to schema/tiny-size.schema.json
 * and a unit test fails when the committed file differs from a fresh export.
 */
import * as z from 'zod';
import { acceptedSizes, sizePattern } from '../units.js';
import { budgetFileSchema, growthInput, percentPattern, sizeInput } from './schema.js';

/** Where the committed schema lives, relative to the package root. */
export const jsonSchemaPath = 'schema/tiny-size.schema.json';

const sizeJson = {
  anyOf: [
    { type: 'string', pattern: sizePattern },
    { type: 'integer', minimum: 0 },
  ],
  description: `A size: ${acceptedSizes}.`,
  examples: ['62B', '6kB', '1.5MB', '4KiB', 1024],
};

const growthJson = {
  anyOf: [...sizeJson.anyOf, { type: 'string', pattern: percentPattern }],
  description: `An allowed growth: a size (${acceptedSizes}) or a percentage like 5%.`,
  examples: ['0B', '100B', '1kB', '5%'],
};

/** The JSON Schema (draft-07, which yaml-language-server reads) of what a user writes. */
export function budgetJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(budgetFileSchema, {
    target: 'draft-07',
    io: 'input',
    override: (ctx) => {
      // Sizes are validated by parseSize in a transform; give editors the same rule as a pattern.
      const replacement =
        ctx.zodSchema === sizeInput ? sizeJson : ctx.zodSchema === growthInput ? growthJson : undefined;
      if (!replacement) return;
      for (const key of Object.keys(ctx.jsonSchema)) delete ctx.jsonSchema[key];
      Object.assign(ctx.jsonSchema, structuredClone(replacement));
    },
  }) as Record<string, unknown>;
}

/** The file's exact text: stable key order, two-space indent, a final newline. */
export function renderBudgetJsonSchema(): string {
  return `${JSON.stringify(budgetJsonSchema(), null, 2)}\n`;
}
