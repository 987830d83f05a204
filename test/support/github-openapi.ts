/**
 * GitHub's published REST description (@octokit/openapi, api.github.com, OpenAPI 3.0) as a
 * validator of requests and responses. Loaded once per test process.
 *
 * OpenAPI 3.0 marks nullable values with `nullable: true` beside `type` (or beside `allOf` /
 * `oneOf` without a type, 135 times in this file); JSON Schema has no such keyword, so it is
 * rewritten to `type: [t, "null"]` or `anyOf: [schema, {type: "null"}]` before ajv sees it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

// biome-ignore lint/suspicious/noExplicitAny: JSON from GitHub, checked by schema not by type
type Json = any;
type Schema = Record<string, Json>;

const rootId = 'https://api.github.com/openapi.json';

export interface Operation {
  method: string;
  template: string;
  operationId: string;
  /** Path and operation parameters, $refs resolved. */
  parameters: Schema[];
  requestBody: Schema | undefined;
  responses: Record<string, Schema>;
}

export interface RequestToCheck {
  method: string;
  path: string;
  query: URLSearchParams;
  /** Parsed JSON body, or undefined when there was none. */
  body: unknown;
  /** A body that is not JSON (a release asset's bytes): its content type, checked against the operation's. */
  binaryType?: string;
}

function convertNullable(node: Json): Json {
  if (Array.isArray(node)) return node.map(convertNullable);
  if (node === null || typeof node !== 'object') return node;
  const out: Schema = {};
  for (const [key, value] of Object.entries(node)) out[key] = convertNullable(value);
  if (out.nullable === undefined) return out;
  const nullable = out.nullable === true;
  delete out.nullable;
  if (!nullable) return out;
  if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
  if (typeof out.type === 'string') {
    out.type = [out.type, 'null'];
    return out;
  }
  return { anyOf: [out, { type: 'null' }] };
}

/** Points local "#/components/..." references at the registered root document. */
function absoluteRefs(node: Json): Json {
  if (Array.isArray(node)) return node.map(absoluteRefs);
  if (node === null || typeof node !== 'object') return node;
  const out: Schema = {};
  for (const [key, value] of Object.entries(node)) {
    out[key] =
      key === '$ref' && typeof value === 'string' && value.startsWith('#')
        ? `${rootId}${value}`
        : absoluteRefs(value);
  }
  return out;
}

function templateRegex(template: string): RegExp {
  const source = template
    .split(/(\{[^}]+\})/)
    .map((part) =>
      part.startsWith('{')
        ? `(?<${part.slice(1, -1).replace(/\W/g, '_')}>[^/]+)`
        : part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'),
    )
    .join('');
  return new RegExp(`^${source}$`);
}

export class OpenApiValidator {
  private readonly ajv: Ajv;
  private readonly doc: Json;
  private readonly routes: { template: string; regex: RegExp; literalSegments: number; item: Schema }[];
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(doc: Json) {
    this.doc = doc;
    this.ajv = new Ajv({ strict: false, allErrors: true, logger: false, validateSchema: false });
    // ajv-formats is CommonJS; its default export arrives wrapped under ESM.
    const addFormats = ((addFormatsModule as Json).default ?? addFormatsModule) as (ajv: Ajv) => void;
    addFormats(this.ajv);
    this.ajv.addSchema({ $id: rootId, components: convertNullable(doc.components) });
    this.routes = Object.entries(doc.paths as Record<string, Schema>)
      .map(([template, item]) => ({
        template,
        regex: templateRegex(template),
        literalSegments: template.split('/').filter((s) => s && !s.startsWith('{')).length,
        item,
      }))
      .sort((a, b) => b.literalSegments - a.literalSegments);
  }

  private deref(node: Schema): Schema {
    let current = node;
    while (typeof current?.$ref === 'string') {
      const pointer = (current.$ref as string).replace(/^#\//, '').split('/');
      current = pointer.reduce(
        (at: Json, key) => at?.[key.replace(/~1/g, '/').replace(/~0/g, '~')],
        this.doc,
      );
    }
    return current;
  }

  private validator(cacheKey: string, schema: Schema): ValidateFunction {
    let validate = this.compiled.get(cacheKey);
    if (!validate) {
      validate = this.ajv.compile(absoluteRefs(convertNullable(schema)));
      this.compiled.set(cacheKey, validate);
    }
    return validate;
  }

  /** The operation for a method and a concrete path, and its path parameters. */
  find(
    method: string,
    path: string,
  ): { operation: Operation; pathParams: Record<string, string> } | undefined {
    const lower = method.toLowerCase();
    for (const route of this.routes) {
      const match = route.regex.exec(path);
      const op = route.item[lower];
      if (!match || !op) continue;
      const parameters = [...(route.item.parameters ?? []), ...(op.parameters ?? [])].map((p: Schema) =>
        this.deref(p),
      );
      const pathParams: Record<string, string> = {};
      for (const name of route.template.match(/\{[^}]+\}/g) ?? []) {
        const bare = name.slice(1, -1);
        pathParams[bare] = decodeURIComponent(match.groups?.[bare.replace(/\W/g, '_')] ?? '');
      }
      const responses: Record<string, Schema> = {};
      for (const [status, response] of Object.entries(op.responses ?? {}))
        responses[status] = this.deref(response as Schema);
      return {
        operation: {
          method: lower,
          template: route.template,
          operationId: op.operationId,
          parameters,
          requestBody: op.requestBody ? this.deref(op.requestBody) : undefined,
          responses,
        },
        pathParams,
      };
    }
    return undefined;
  }

  private checkValue(where: string, cacheKey: string, schema: Schema, raw: string): string[] {
    // Path and query values are strings on the wire: read them as the schema's type says.
    let value: unknown = raw;
    const type = schema.type;
    if (type === 'integer' || type === 'number') value = /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
    if (type === 'boolean') value = raw === 'true' ? true : raw === 'false' ? false : raw;
    if (type === 'array') value = raw.split(',');
    const validate = this.validator(cacheKey, schema);
    if (validate(value)) return [];
    return (validate.errors ?? []).map(
      (e) => `${where}${e.instancePath} ${e.message} (got ${JSON.stringify(raw)})`,
    );
  }

  /** Problems with a request, as GitHub's description defines it; empty when it is valid. */
  checkRequest(request: RequestToCheck): { operation: Operation | undefined; problems: string[] } {
    const found = this.find(request.method, request.path);
    if (!found)
      return {
        operation: undefined,
        problems: [`no operation ${request.method} ${request.path} in GitHub's REST API`],
      };
    const { operation, pathParams } = found;
    const problems: string[] = [];
    const id = `${operation.method} ${operation.template}`;
    for (const param of operation.parameters) {
      const where = `${param.in} parameter ${param.name}`;
      if (param.in === 'path') {
        problems.push(
          ...this.checkValue(where, `${id} ${where}`, param.schema, pathParams[param.name] ?? ''),
        );
      } else if (param.in === 'query') {
        const raw = request.query.get(param.name);
        if (raw === null) {
          if (param.required) problems.push(`${where} is required`);
          continue;
        }
        problems.push(...this.checkValue(where, `${id} ${where}`, param.schema, raw));
      }
    }
    const known = new Set(operation.parameters.filter((p) => p.in === 'query').map((p) => p.name));
    for (const name of new Set(request.query.keys())) {
      if (!known.has(name))
        problems.push(`query parameter ${name} is not defined for ${operation.operationId}`);
    }
    const bodySchema = operation.requestBody?.content?.['application/json']?.schema;
    if (request.binaryType !== undefined) {
      const types = Object.keys(operation.requestBody?.content ?? {});
      if (
        !types.some(
          (type) => type === '*/*' || type === 'application/octet-stream' || type === request.binaryType,
        )
      )
        problems.push(
          `${operation.operationId} takes no ${request.binaryType} body (it takes ${types.join(', ') || 'none'})`,
        );
    } else if (request.body === undefined) {
      if (operation.requestBody?.required) problems.push(`${operation.operationId} requires a JSON body`);
    } else if (!bodySchema) {
      problems.push(
        `${operation.operationId} takes no JSON body, got ${JSON.stringify(request.body).slice(0, 200)}`,
      );
    } else {
      const validate = this.validator(`${id} body`, bodySchema);
      if (!validate(request.body)) {
        for (const e of validate.errors ?? [])
          problems.push(`body${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
      }
    }
    return { operation, problems };
  }

  /** Problems with a JSON response for a documented status; [] for statuses the description leaves out. */
  checkResponse(operation: Operation, status: number, body: unknown): string[] {
    const schema = operation.responses[String(status)]?.content?.['application/json']?.schema;
    if (!schema) return [];
    const validate = this.validator(`${operation.method} ${operation.template} ${status}`, schema);
    if (validate(body)) return [];
    return (validate.errors ?? [])
      .slice(0, 40)
      .map(
        (e) =>
          `response ${status} ${operation.operationId}${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`,
      );
  }
}

let loaded: OpenApiValidator | undefined;

/** The validator over @octokit/openapi's generated/api.github.com.json (13 MB: parsed once). */
export function githubOpenApi(): OpenApiValidator {
  if (!loaded) {
    const file = createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json');
    loaded = new OpenApiValidator(JSON.parse(readFileSync(file, 'utf8')));
  }
  return loaded;
}
