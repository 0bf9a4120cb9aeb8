/**
 * The validate stage: the merged configuration against schema/patroni.schema.json.
 * Errors become diagnostics at the YAML position of the offending value; a key the schema
 * does not know becomes an `unknown-key` warning, since Patroni ignores it silently.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Diagnostic } from '../diagnostic.js';
import type { PyDict, PyValue } from '../py/value.js';
import { keySuggestion } from './key-suggestion.js';
import { formatPath, schemaAt } from './schema-index.js';
import { schemaFinding } from './schema-message.js';
import { isSecretKey } from './secret-values.js';
import { isTemplateFile, ownPatroniVariable } from './template-values.js';
import { DEFAULT_PROFILE, formatVersion, resolvePatroniVersion, type PatroniVersion } from '../facts/patroni-versions.js';
import { dynamicConfigRejection, type DynamicRejection } from '../normalise/dynamic-config.js';
import { validate as generated } from '../generated/patroni-schema-validator.js';
import { entryByText, spanAtPointer, toJson } from './to-json.js';

/**
 * ajv's code for the schema, generated ahead of time by scripts/gen-validator.mjs (all
 * errors, not strict since the x-* keywords carry documentation): compiling the schema here
 * would cost every cold run about a quarter of a second.
 */
const validate = generated as unknown as ValidateFunction;

/**
 * `unread` lists sections Patroni never reads (an unused method section, a removed key):
 * their errors would be noise beside the one finding about the section, so they are dropped.
 */
export function validateConfig(root: PyDict, fallbackFile: string, unread: readonly (readonly string[])[] = [], version: PatroniVersion = resolvePatroniVersion(DEFAULT_PROFILE)!.version): Diagnostic[] {
  if (validate(toJson(root))) return [];
  const errors = (validate.errors ?? []).filter((e) => !insideUnread(errorPointer(e), unread));
  const rejection = dynamicConfigRejection(root, version);
  const unknown = errors.filter(isUnknownKey).map((e) => unknownKeyDiagnostic(root, e, fallbackFile, rejection && { ...rejection, version }));
  return [...unknown, ...valueDiagnostics(root, errors.filter((e) => !isUnknownKey(e)), fallbackFile, isTemplateFile(root), version, rejection)];
}

/** What follows when a value makes the chosen release drop all of bootstrap.dcs (dynamicConfigRejection). */
const dropsDcs = (r: DynamicRejection & { version: PatroniVersion }): string => `${r.why}, so Patroni ${formatVersion(r.version)} drops the whole dynamic configuration (every key of bootstrap.dcs) and runs with its defaults and the local settings`;

const isUnknownKey = (e: ErrorObject): boolean => e.keyword === 'additionalProperties' || strayKeyInOpenObject(e);

/** The pointer of the value an error is about; for an unknown key, the key's own place. */
function errorPointer(e: ErrorObject): string {
  if (e.keyword !== 'additionalProperties') return e.instancePath;
  const key = String((e.params as { additionalProperty: string }).additionalProperty);
  return `${e.instancePath}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

function insideUnread(pointer: string, unread: readonly (readonly string[])[]): boolean {
  const parts = pathParts(pointer);
  return unread.some((u) => u.length <= parts.length && u.every((k, i) => parts[i] === k));
}

/**
 * One diagnostic per failing value: anyOf reports each branch, and a failing list entry fails
 * its list too, so errors are grouped by value and a value whose descendants failed leaves the
 * explaining to them (the deeper error names the actual mistake). The value that makes this release drop the whole
 * bootstrap.dcs (`rejection`), if any, says so.
 */
function valueDiagnostics(root: PyDict, errors: ErrorObject[], fallbackFile: string, templateFile: boolean, version: PatroniVersion, rejection: DynamicRejection | undefined): Diagnostic[] {
  const byPointer = new Map<string, ErrorObject[]>();
  for (const e of errors) byPointer.set(e.instancePath, [...(byPointer.get(e.instancePath) ?? []), e]);
  const pointers = [...byPointer.keys()];
  const leaves = pointers.filter((p) => !pointers.some((q) => q.startsWith(`${p}/`)));
  return leaves.map((pointer) => {
    const path = pathParts(pointer);
    const value = valueAtPath(root, path);
    const last = path[path.length - 1];
    const secret = isSecretKey(last, schemaAt(path));
    const typed = typedPath(root, path);
    const rejects = rejection !== undefined && formatPath(typed) === `bootstrap.dcs.${rejection.path}` ? { dcsRejection: dropsDcs({ ...rejection, version }) } : {};
    const { message, severity } = schemaFinding({ path: typed, value, secret, errors: byPointer.get(pointer)!, templateFile, ownVariable: ownPatroniVariable(typed, value, version), ...rejects }, formatPath(typed) || 'the configuration');
    return positioned(root, pointer, false, { ruleId: 'schema', severity, message }, fallbackFile);
  });
}

/** Pointer parts with list indexes as numbers, so a path prints as `a.b[0]`. */
function typedPath(root: PyDict, path: string[]): (string | number)[] {
  return path.map((p, i) => (valueAtPath(root, path.slice(0, i))?.kind === 'list' ? Number(p) : p));
}

/**
 * bootstrap and postgresql cannot be closed objects, since their other keys name method
 * sections; the schema requires those to be mappings, so a stray scalar key there fails
 * with a `type` error on `additionalProperties`. It is an unknown key all the same.
 */
function strayKeyInOpenObject(e: ErrorObject): boolean {
  return e.keyword === 'type' && e.schemaPath.endsWith('/additionalProperties/type');
}

function unknownKeyDiagnostic(root: PyDict, e: ErrorObject, fallbackFile: string, rejection?: DynamicRejection & { version: PatroniVersion }): Diagnostic {
  const closed = e.keyword === 'additionalProperties';
  const parts = e.instancePath.split('/');
  const key = closed ? String((e.params as { additionalProperty: string }).additionalProperty) : unescapePointer(parts.pop()!);
  const parent = closed ? e.instancePath : parts.join('/');
  const where = pathOf(parent);
  // Unknown to the schema, but a default key 3.0.0-3.0.2 convert (bootstrap.dcs.watchdog): not ignored there.
  const drops = rejection !== undefined && `${where}.${key}` === `bootstrap.dcs.${rejection.path}`;
  const effect = drops ? `: ${dropsDcs(rejection)}` : ': Patroni ignores it';
  const message = `unknown key '${key}'${where ? ` in ${where}` : ' at the top level'}${effect}${keySuggestion(pathParts(parent), key, valueAt(root, [...pathParts(parent), key]), (p) => valueAt(root, p.split('.')) !== undefined)}`;
  return positioned(root, errorPointer(e), true, { ruleId: 'unknown-key', severity: drops ? 'error' : 'warning', message }, fallbackFile);
}

function positioned(root: PyDict, pointer: string, keySpan: boolean, d: Pick<Diagnostic, 'ruleId' | 'severity' | 'message'>, fallbackFile: string): Diagnostic {
  const span = spanAtPointer(root, pointer, keySpan);
  return {
    ...d,
    file: span?.file ?? fallbackFile,
    line: span?.line ?? 1,
    col: span?.col ?? 1,
    ...(span?.endLine !== undefined && { endLine: span.endLine, endCol: span.endCol }),
    ...(span?.envVar && { envVar: span.envVar }),
  };
}

function valueAtPath(root: PyValue, path: string[]): PyValue | undefined {
  let at: PyValue | undefined = root;
  for (const key of path) at = at?.kind === 'dict' ? entryByText(at, key)?.value : at?.kind === 'list' ? at.items[Number(key)] : undefined;
  return at;
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
