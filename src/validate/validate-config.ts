/**
 * The validate stage: the merged configuration against schema/patroni.schema.json.
 * Errors become diagnostics at the YAML position of the offending value; a key the schema
 * does not know becomes an `unknown-key` warning, since Patroni ignores it silently.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import { readFileSync } from 'node:fs';
import type { Diagnostic } from '../diagnostic.js';
import type { PyDict, PyValue } from '../py/value.js';
import { keySuggestion } from './key-suggestion.js';
import { validate as generated } from './patroni-schema-validator.js';
import { entryByText, spanAtPointer, toJson } from './to-json.js';

export function configSchema(): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL('../../../schema/patroni.schema.json', import.meta.url), 'utf8')) as Record<string, unknown>;
}

/**
 * ajv's code for the schema, generated ahead of time by scripts/gen-validator.mjs (all
 * errors, not strict since the x-* keywords carry documentation): compiling the schema here
 * would cost every cold run about a quarter of a second.
 */
const validate = generated as unknown as ValidateFunction;

export function validateConfig(root: PyDict, fallbackFile: string): Diagnostic[] {
  if (validate(toJson(root))) return [];
  return (validate.errors ?? []).filter(keepError).map((e) => toDiagnostic(root, e, fallbackFile));
}

/** anyOf/oneOf report every branch's failure; the summary error at the parent is enough. */
function keepError(e: ErrorObject): boolean {
  return !e.schemaPath.includes('/anyOf/') && !e.schemaPath.includes('/oneOf/') || e.keyword === 'anyOf' || e.keyword === 'oneOf';
}

/**
 * bootstrap and postgresql cannot be closed objects, since their other keys name method
 * sections; the schema requires those to be mappings, so a stray scalar key there fails
 * with a `type` error on `additionalProperties`. It is an unknown key all the same.
 */
function strayKeyInOpenObject(e: ErrorObject): boolean {
  return e.keyword === 'type' && e.schemaPath.endsWith('/additionalProperties/type');
}

function toDiagnostic(root: PyDict, e: ErrorObject, fallbackFile: string): Diagnostic {
  const closed = e.keyword === 'additionalProperties';
  const unknown = closed || strayKeyInOpenObject(e);
  const parts = e.instancePath.split('/');
  const key = closed ? String((e.params as { additionalProperty: string }).additionalProperty) : unknown ? unescapePointer(parts.pop()!) : undefined;
  const parent = closed ? e.instancePath : parts.join('/');
  const pointer = closed ? `${e.instancePath}/${key!.replace(/~/g, '~0').replace(/\//g, '~1')}` : e.instancePath;
  const span = spanAtPointer(root, pointer, unknown);
  const where = pathOf(unknown ? parent : e.instancePath);
  const message = unknown
    ? `unknown key '${key}'${where ? ` in ${where}` : ' at the top level'}: Patroni ignores it${keySuggestion(pathParts(parent), key!, valueAt(root, [...pathParts(parent), key!]))}`
    : `${where || 'the configuration'} ${e.message ?? 'is invalid'}`;
  return {
    ruleId: unknown ? 'unknown-key' : 'schema',
    severity: unknown ? 'warning' : 'error',
    message,
    file: span?.file ?? fallbackFile,
    line: span?.line ?? 1,
    col: span?.col ?? 1,
    ...(span?.endLine !== undefined && { endLine: span.endLine, endCol: span.endCol }),
    ...(span?.envVar && { envVar: span.envVar }),
  };
}

const unescapePointer = (p: string): string => p.replace(/~1/g, '/').replace(/~0/g, '~');

function valueAt(root: PyValue, path: string[]): PyValue | undefined {
  let at: PyValue | undefined = root;
  for (const key of path) at = at?.kind === 'dict' ? entryByText(at, key)?.value : undefined;
  return at;
}

function pathParts(pointer: string): string[] {
  return pointer.slice(1).split('/').filter(Boolean).map(unescapePointer);
}

function pathOf(pointer: string): string {
  return pathParts(pointer).join('.');
}
