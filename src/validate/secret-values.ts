/**
 * Where a configuration's secrets are in its files, decided by the schema's `x-secret`
 * keyword (the one list of what is secret): the spans of secret values, for the renderers
 * that quote source lines, and the key names that hold secrets somewhere, for text that
 * could not be read as a configuration (a broken file still has its password line).
 */
import type { PyValue, Span } from '../py/value.js';
import { pgSettingNamed } from '../facts/pg-setting-lookup.js';
import { annotations, closest, itemSchema, propertySchema, rootSchemaNode, type SchemaNode } from './schema-index.js';
import { SCHEMA_KEY_NAMES, SECRET_KEY_NAMES } from '../generated/schema-key-names.js';

/** The spans of every secret value, and of everything inside a secret list or mapping. */
export function secretSpans(root: PyValue): Span[] {
  const out: Span[] = [];
  visit(root, rootSchemaNode(), out);
  return out;
}

function visit(v: PyValue, schema: SchemaNode | undefined, out: Span[]): void {
  if (v.kind === 'list') for (const item of v.items) visit(item, itemSchema(schema), out);
  if (v.kind !== 'dict') return;
  for (const { key, value } of v.entries) {
    const name = key.kind === 'str' ? key.value : undefined;
    const sub = name === undefined ? undefined : propertySchema(schema, name);
    if (isSecretKey(name, sub)) allSpans(value, out);
    else visit(value, sub, out);
  }
}

/** A key is secret when its schema says so; where the schema cannot say (a key in the wrong place), its name is enough. */
export function isSecretKey(name: string | undefined, schema: SchemaNode | undefined): boolean {
  if (schema) return annotations(schema).secret;
  return name !== undefined && looksSecret(name);
}

/**
 * Words that make a name look like it holds a secret, misspelt ones included (`pasword`,
 * `PATRONI_SUPERUSER_PASWORD`), for a key the schema cannot place and for the lines of a file
 * that does not parse: masking a value that was no secret costs a reader little, showing
 * a password costs much more.
 */
const SECRET_WORDS = /pas+w|pas+phrase|ps?wd|secret|token|credential|(?:^|[_.-])(?:auth|pass|pw)(?:$|[_.-])/i;

/** Whether the text has a secret word. Every name the schema marks secret has one (a test holds it to that). */
export const hasSecretWord = (text: string): boolean => SECRET_WORDS.test(text);

/**
 * Whether a name holds a secret when nothing else says: one the schema marks secret
 * somewhere, or one with a secret word or a typo of a secret name that is not a key the
 * schema knows as something else (`server_tokens`, `bypass_api_service`).
 */
export function looksSecret(name: string): boolean {
  if (SECRET_KEY_NAMES.has(name)) return true;
  return (SECRET_WORDS.test(name) || typoOfSecretName(name)) && !plainKeyName(name);
}

/** The candidates of the did-you-mean test: every name the schema marks secret somewhere. */
const SECRET_NAME_LIST: readonly string[] = [...SECRET_KEY_NAMES];

/**
 * Whether the name, or its last words (`PATRONI_SUPERUSER_PASSOWRD` ends in `passowrd`), is
 * what the did-you-mean suggestion (closest, the one unknown-key and its fix use) would
 * correct to a name the schema marks secret: `passowrd`, `apssword` and `passord` have no
 * secret word, yet the fix renames them to `password`, so their value was one all along.
 */
function typoOfSecretName(name: string): boolean {
  let known = typoVerdicts.get(name);
  if (known === undefined) {
    // Every line of every file quoted asks about its key: the same few names, config after config.
    if (typoVerdicts.size >= 10_000) typoVerdicts.clear();
    typoVerdicts.set(name, (known = anyTailIsTypo(name)));
  }
  return known;
}

const typoVerdicts = new Map<string, boolean>();

function anyTailIsTypo(name: string): boolean {
  for (let from = 0; from < name.length; from = nextWord(name, from)) {
    const tail = name.slice(from);
    // editDistance is at least the difference in length, and closest accepts at most 3.
    const near = SECRET_NAME_LIST.filter((s) => Math.abs(s.length - tail.length) <= 3);
    if (near.length && closest(tail, near) !== undefined) return true;
  }
  return false;
}

/** Where the word after the next `_`, `-` or `.` starts, or the end of the name. */
function nextWord(name: string, from: number): number {
  const sep = name.slice(from).search(/[_.-]/);
  return sep < 0 ? name.length : from + sep + 1;
}

function allSpans(v: PyValue, out: Span[]): void {
  if (v.span) out.push(v.span);
  if (v.kind === 'list') for (const item of v.items) allSpans(item, out);
  if (v.kind === 'dict') for (const e of v.entries) allSpans(e.value, out);
}

/** A PostgreSQL setting whose value is a command that often holds the passphrase itself (`echo ...`). */
const SECRET_SETTINGS: ReadonlySet<string> = new Set(['ssl_passphrase_command']);

/** Every key name the schema marks secret somewhere (`password`, `token`, `keyfile_password` ...). */
export function secretKeyNames(): ReadonlySet<string> {
  return SECRET_KEY_NAMES;
}

/** A key name the schema knows and never marks secret; PostgreSQL's settings, spelt as PostgreSQL does, count as such. */
function plainKeyName(name: string): boolean {
  if (SECRET_KEY_NAMES.has(name)) return false;
  return SCHEMA_KEY_NAMES.has(name) || (pgSettingNamed(name)?.[0] === name && !SECRET_SETTINGS.has(name));
}

/** What stands for a secret wherever one would be shown. */
export const MASK = '***';

export interface SecretAssignment {
  /** The line up to the value: indentation, list dashes, the key and its `:` or `=`. */
  lead: string;
  value: string;
  /** Trailing blanks and a carriage return. */
  end: string;
}

/** A key where YAML or an env file can start one: at the start of a line (after list dashes) or in a flow collection. */
const KEY_AT = /(?:^[ \t]*(?:-[ \t]+)*|[{,[][ \t]*)(["']?)([\w-]+)\1[ \t]*[:=][ \t]*/g;
/** A value already masked from its exact span (only the key's own value, not what follows it in a flow mapping). */
const MASKED = /^\*\*\*(?=$|[\s,}\]])/;

/**
 * A line that sets a secret as text, for what cannot be placed through the schema: a YAML
 * `name: value` whose name holds a secret somewhere or looks like it does, at the start of
 * the line or inside a flow mapping (`{user: u, password: X}}` that did not parse), or an
 * environment file's `PATRONI_..._PASSWORD=value` (misspelt names too). The value is the
 * rest of the line: in text that did not parse, nothing says where it ends.
 */
export function secretAssignment(line: string): SecretAssignment | undefined {
  for (const m of line.matchAll(KEY_AT)) {
    if (!looksSecret(m[2]!)) continue;
    const at = m.index + m[0].length;
    const value = line.slice(at).trimEnd();
    if (!value || value.startsWith('#') || MASKED.test(value)) continue;
    return { lead: line.slice(0, at), value, end: line.slice(at + value.length) };
  }
  return undefined;
}
