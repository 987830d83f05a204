/**
 * Parsing the budget file: YAML with positions, then the zod schema, then paths made absolute.
 * Every problem is reported with its line and column, all of them at once, and nothing is written.
 * The file itself is found and read by read.ts, which loads this module once it has the text.
 */
import { dirname, resolve } from 'node:path';
import { closest, distance } from 'fastest-levenshtein';
import {
  type Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
  visit,
} from 'yaml';
import type * as z from 'zod';
import { budgetMetrics, type Metric, metrics } from '../metrics.js';
import { PositionIndex } from './positions.js';
import { BudgetFileError, type BudgetProblem, budgetExample, maxBudgetFileBytes, tooLarge } from './read.js';
import {
  budgetFileSchema,
  checkImageSources,
  type Growth,
  type ImageParsed,
  knownKeysAt,
  platformSyntax,
} from './schema.js';
import type { Budget, BudgetFile, ImageConfigEntry, ImageSource, PlatformBudget } from './types.js';

/**
 * Aliases may share one `budget:` between many images; a YAML "billion laughs" expands a few
 * lines into gigabytes. The yaml library weighs each alias by the aliases inside its anchor.
 */
const maxAliasCount = 10_000;

/** "did you mean" for an unknown key, when a valid key is close enough to be a typo. */
function unknownKeyProblem(key: string, known: string[]): { message: string; fix: string } {
  const message = `unknown key \`${key}\``;
  if (known.includes('platforms') && platformSyntax.test(key)) {
    // `budget: { linux/arm64: {...} }`: a platform's limits written one level too high.
    return {
      message: `${message}: a budget for one platform goes under \`platforms:\``,
      fix: `write it as \`platforms: { ${key}: ... }\` inside \`budget:\``,
    };
  }
  const list = known.map((k) => `\`${k}\``).join(', ');
  if (known.length === 0) return { message, fix: 'remove it' };
  const best = closest(key, known);
  if (distance(key.toLowerCase(), best.toLowerCase()) <= Math.max(2, Math.floor(best.length / 3))) {
    return { message: `${message}; did you mean \`${best}\`?`, fix: `rename it to \`${best}\`` };
  }
  return { message, fix: `valid keys here: ${list}` };
}

/** An issue that only says "this is not of the branch's type", at the branch's own root. */
function isTypeMismatch(issue: z.core.$ZodIssue): boolean {
  if (issue.path.length > 0) return false;
  if (issue.code === 'invalid_type') return true;
  return issue.code === 'invalid_union' && issue.errors.every((branch) => branch.some(isTypeMismatch));
}

/**
 * zod reports a failed union with every branch's issues. When exactly one branch matched the
 * value's shape (a growth map with a bad entry), its issues are the useful ones.
 */
function unionBranchIssues(issue: z.core.$ZodIssue): z.core.$ZodIssue[] | undefined {
  if (issue.code !== 'invalid_union') return undefined;
  const matching = issue.errors.filter((branch) => !branch.some(isTypeMismatch));
  const [branch] = matching;
  if (matching.length !== 1 || !branch) return undefined;
  return branch.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }));
}

/**
 * A fix for a problem whose check gave none: every message the budget file gets ends with what
 * to write. Most messages say what was expected; the rest are about names and path patterns.
 */
function fallbackFix(message: string, keyPath: readonly PropertyKey[]): string {
  if (keyPath.length === 0) return `write a map with \`images:\` at the top, for example:\n${budgetExample}`;
  const expected = /^expected (.*)$/s.exec(message);
  if (expected) return `write ${expected[1]}`;
  if (keyPath.at(-2) === 'paths' || /^path `/.test(message)) {
    return 'write an absolute, normalised path as it is in the image, like `/usr/bin/app`; `*` matches within a name, `**` (a whole segment) any depth';
  }
  if (keyPath.length === 2 && keyPath[0] === 'images') {
    return 'rename the image: a name starts with a letter or digit and holds only letters, digits, `.`, `_` and `-`';
  }
  if (keyPath[0] === 'version') return 'write `version: 1`, or remove the line';
  if (keyPath[0] === 'images')
    return `list at least one image under \`images:\`, for example:\n${budgetExample}`;
  return 'correct the value at this place (see schema/tiny-size.schema.json)';
}

/** Every problem carries a fix: the check's own, or a fallback. */
function withFix(problem: BudgetProblem): BudgetProblem {
  return problem.fix ? problem : { ...problem, fix: fallbackFix(problem.message, problem.keyPath) };
}

function issueProblems(issue: z.core.$ZodIssue, positions: PositionIndex): BudgetProblem[] {
  const path = issue.path;
  const branchIssues = unionBranchIssues(issue);
  if (branchIssues) return branchIssues.flatMap((inner) => issueProblems(inner, positions));
  if (issue.code === 'unrecognized_keys') {
    const known = knownKeysAt(path);
    return issue.keys.map((key) => {
      const keyPath = [...path, key];
      return { ...unknownKeyProblem(key, known), keyPath, ...positions.keyPosition(keyPath) };
    });
  }
  if (issue.code === 'invalid_key') {
    // A record key that fails its own check (an image name, a path pattern): point at the key.
    const inner = issue.issues.map((i) => i.message).join('; ');
    return [{ message: inner || issue.message, keyPath: path, ...positions.keyPosition(path) }];
  }
  const fix = issue.code === 'custom' ? (issue.params as { fix?: string } | undefined)?.fix : undefined;
  return [
    { message: issue.message, ...(fix ? { fix } : {}), keyPath: path, ...positions.valuePosition(path) },
  ];
}

function yamlProblems(doc: Document): BudgetProblem[] {
  return doc.errors.map((error) => {
    const [start] = error.linePos ?? [];
    // yaml appends " at line L, column C:" and a source excerpt; the place is printed apart.
    const message = error.message.split(/ at line \d+, column \d+:/)[0] ?? error.message;
    return {
      message: `not valid YAML: ${message}`,
      fix: 'correct the YAML syntax at this place',
      keyPath: [],
      line: start?.line ?? 1,
      column: start?.col ?? 1,
    };
  });
}

/**
 * What the yaml library would throw while converting (an alias to no anchor, a merge of a
 * non-map) and what it checks in quadratic time (duplicate keys), found by one walk over the
 * nodes with their places, so each is a problem with a line and a fix, never a stack trace.
 */
function structureProblems(doc: Document, lines: LineCounter): BudgetProblem[] {
  const problems: BudgetProblem[] = [];
  const at = (node: Node | null | undefined) => {
    const { line, col } = lines.linePos(node?.range?.[0] ?? 0);
    return { line, column: col, keyPath: [] };
  };
  // Anchors by name as the walk meets them, in document order: an alias names the last one
  // before it. (The library's Alias.resolve walks the whole document each time: quadratic.)
  const anchors = new Map<string, unknown>();
  const resolves = (node: unknown): unknown => (isAlias(node) ? anchors.get(node.source) : node);
  visit(doc, {
    Alias(_, alias) {
      if (!anchors.has(alias.source)) {
        problems.push({
          message: `the alias \`*${alias.source}\` names no anchor before it`,
          fix: `mark the value to repeat with \`&${alias.source}\` before this line, or write the value here`,
          ...at(alias),
        });
      }
    },
    Scalar(_, scalar) {
      if (scalar.anchor) anchors.set(scalar.anchor, scalar);
    },
    Seq(_, seq) {
      if (seq.anchor) anchors.set(seq.anchor, seq);
    },
    Map(_, map) {
      if (map.anchor) anchors.set(map.anchor, map);
      const keys = new Set<string>();
      for (const pair of map.items) {
        const key = pair.key;
        // With `merge: true` the library holds a merge key's value as a symbol described `<<`.
        if (
          isScalar(key) &&
          (key.value === '<<' || (typeof key.value === 'symbol' && key.value.description === '<<'))
        ) {
          const sources = isSeq(resolves(pair.value))
            ? (resolves(pair.value) as { items: unknown[] }).items
            : [pair.value];
          // An alias to no anchor is reported by the Alias visitor.
          const isMapOrUnresolved = (source: unknown) =>
            isMap(resolves(source)) || (isAlias(source) && resolves(source) === undefined);
          if (!sources.every(isMapOrUnresolved)) {
            problems.push({
              message: '`<<` merges maps only, and this value is not a map',
              fix: 'write `<<: *name` where `&name` marks a map, or remove the `<<` line',
              ...at((pair.value as Node | null) ?? (key as Node)),
            });
          }
          continue;
        }
        const text = isScalar(key) ? String(key.value) : undefined;
        if (text === undefined) continue;
        if (keys.has(text)) {
          problems.push({
            message: `not valid YAML: Map keys must be unique: \`${text}\` appears twice in one map`,
            fix: 'keep one of them: YAML map keys must be unique',
            ...at(key as Node),
          });
        }
        keys.add(text);
      }
    },
  });
  return problems;
}

/** The budget file as data; a failure of the yaml library's conversion becomes a problem. */
function toData(doc: Document, lines: LineCounter, file: string): unknown {
  try {
    return doc.toJS({ maxAliasCount });
  } catch (error) {
    let firstAlias: Node | undefined;
    visit(doc, {
      Alias(_, alias) {
        firstAlias = alias;
        return visit.BREAK;
      },
    });
    const { line, col } = lines.linePos(firstAlias?.range?.[0] ?? 0);
    const excessive = /alias count/i.test((error as Error).message);
    throw new BudgetFileError(file, [
      {
        message: excessive
          ? `its aliases expand to more than ${maxAliasCount} values (aliases of anchors that hold aliases multiply)`
          : `the YAML cannot be read as data: ${(error as Error).message}`,
        fix: excessive
          ? 'write the repeated values out, or share fewer levels of anchors'
          : 'correct the YAML at this place',
        keyPath: [],
        line,
        column: col,
      },
    ]);
  }
}

function byPlace(a: BudgetProblem, b: BudgetProblem): number {
  return a.line - b.line || a.column - b.column;
}

function toGrowth(growth: ImageParsed['growth']): ImageConfigEntry['growth'] {
  if (growth === undefined) return undefined;
  if ('bytes' in growth || 'percent' in growth) {
    const all = growth as Growth;
    // One value applies to every byte metric; `layers` counts layers, so it takes only an explicit value.
    return Object.fromEntries(metrics.filter((m) => m !== 'layers').map((m) => [m, all]));
  }
  const perMetric: Partial<Record<Metric, Growth>> = {};
  for (const metric of metrics) {
    const value = (growth as Partial<Record<Metric, Growth>>)[metric];
    if (value !== undefined) perMetric[metric] = value;
  }
  return perMetric;
}

function toSource(image: ImageParsed, baseDir: string): ImageSource {
  const at = (path: string) => resolve(baseDir, path);
  if (image.context !== undefined) {
    const context = at(image.context);
    return {
      kind: 'build',
      context,
      dockerfile: image.dockerfile !== undefined ? at(image.dockerfile) : `${context}/Dockerfile`,
      ...(image.target !== undefined ? { target: image.target } : {}),
      buildArgs: image['build-args'] ?? {},
      ...(image.platform !== undefined ? { platform: image.platform } : {}),
      builder: image.builder ?? 'auto',
      ...(image.prebuild ? { prebuild: image.prebuild } : {}),
      ...(image['from-stage-dir'] ? { fromStageDirs: image['from-stage-dir'] } : {}),
    };
  }
  if (image.archive !== undefined) return { kind: 'docker-archive', path: at(image.archive) };
  if (image.oci !== undefined) return { kind: 'oci', path: at(image.oci) };
  if (image['oci-archive'] !== undefined) return { kind: 'oci-archive', path: at(image['oci-archive']) };
  if (image.image !== undefined) return { kind: 'docker', reference: image.image };
  if (image.registry !== undefined) return { kind: 'registry', reference: image.registry };
  // The schema guarantees exactly one way; reaching here is a bug.
  throw new Error('image has no source after validation');
}

type PlatformBudgetParsed = NonNullable<NonNullable<ImageParsed['budget']>['platforms']>[string];

function toPlatformBudget(parsed: PlatformBudgetParsed | undefined): PlatformBudget {
  const { paths, ...limits } = parsed ?? {};
  const budget: PlatformBudget = { paths: { ...(paths ?? {}) } };
  for (const metric of budgetMetrics) {
    const limit = limits[metric];
    if (limit !== undefined) budget[metric] = limit;
  }
  return budget;
}

function toBudget(parsed: ImageParsed['budget']): Budget {
  const budget: Budget = toPlatformBudget(parsed);
  const platforms = parsed?.platforms;
  if (platforms !== undefined) {
    budget.platforms = Object.fromEntries(
      Object.entries(platforms).map(([platform, limits]) => [platform, toPlatformBudget(limits)]),
    );
  }
  return budget;
}

function toEntry(name: string, image: ImageParsed, baseDir: string): ImageConfigEntry {
  const budget = toBudget(image.budget);
  const growth = toGrowth(image.growth);
  return {
    name,
    source: toSource(image, baseDir),
    budget,
    ...(image.platforms ? { platforms: image.platforms } : {}),
    ...(growth ? { growth } : {}),
    ...(image.reproducible
      ? { reproducible: image['compare-builder'] ? { compareBuilder: image['compare-builder'] } : {} }
      : {}),
  };
}

/**
 * Parses and validates a budget file's text. Relative paths in it are resolved against
 * dirname(file). Throws a BudgetFileError listing every problem with its line and column.
 */
export function parseBudgetFile(text: string, file: string): BudgetFile {
  const bytes = Buffer.byteLength(text);
  if (bytes > maxBudgetFileBytes) throw tooLarge(file, bytes);
  const lineCounter = new LineCounter();
  // Duplicate keys are found by structureProblems in linear time; the library's check is quadratic.
  const doc = parseDocument(text, { lineCounter, merge: true, prettyErrors: true, uniqueKeys: false });
  const positions = new PositionIndex(doc, lineCounter);
  const syntax = yamlProblems(doc);
  if (syntax.length > 0) throw new BudgetFileError(file, syntax.sort(byPlace));
  const structure = structureProblems(doc, lineCounter);
  if (structure.length > 0) throw new BudgetFileError(file, structure.sort(byPlace));

  const data: unknown = toData(doc, lineCounter, file);
  if (data === null || data === undefined) {
    throw new BudgetFileError(file, [
      {
        message: 'the budget file is empty',
        fix: `write the images to gate, for example:\n${budgetExample}`,
        keyPath: [],
        line: 1,
        column: 1,
      },
    ]);
  }
  const result = budgetFileSchema.safeParse(data);
  const problems = result.success
    ? []
    : result.error.issues.flatMap((issue) => issueProblems(issue, positions));
  for (const { path, message, fix } of checkImageSources(data)) {
    const place = positions.keyPosition(path);
    problems.push({ message, ...(fix ? { fix } : {}), keyPath: path, ...place });
  }
  if (problems.length > 0 || !result.success) {
    throw new BudgetFileError(file, problems.map(withFix).sort(byPlace));
  }
  const baseDir = dirname(resolve(file));
  return {
    file,
    images: Object.entries(result.data.images).map(([name, image]) => toEntry(name, image, baseDir)),
    positionOf: (keyPath) => positions.keyPosition(keyPath),
  };
}
