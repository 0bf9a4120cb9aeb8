/**
 * One missing indent turns a section into an empty key and its keys into keys of the level
 * above: `postgresql:` followed by `listen:` at the same column. Reported key by key, that is
 * a dozen unknown keys and missing keys for one mistake; found here, it is reported once.
 * It is looked for in each file as parsed: the merge drops a key whose value is empty, as
 * Patroni's patch_config does, so the merged configuration no longer shows the empty section.
 */
import { diagnosticAt, type Diagnostic } from '../diagnostic.js';
import type { PyDict, PyEntry, PyValue } from '../py/value.js';
import { acceptedTypes, namedKeys, propertySchema, rootSchemaNode, type SchemaNode } from './schema-index.js';

export interface Misindented {
  /** Path of the section left empty. */
  section: string[];
  entry: PyEntry;
  /** The keys that follow it at its own level and belong inside it. */
  strays: PyEntry[];
}

const keyText = (e: PyEntry): string | undefined => (e.key.kind === 'str' ? e.key.value : undefined);

export function misindentedSections(dict: PyDict, path: string[] = [], schema: SchemaNode | undefined = rootSchemaNode(), out: Misindented[] = []): Misindented[] {
  const known = new Set(namedKeys(schema));
  dict.entries.forEach((entry, i) => {
    const key = keyText(entry);
    if (key === undefined) return;
    const sub = propertySchema(schema, key);
    if (entry.value.kind === 'dict') misindentedSections(entry.value, [...path, key], sub, out);
    if (entry.value.kind !== 'none' || !sub || !acceptedTypes(sub)?.has('object')) return;
    const inside = new Set(namedKeys(sub));
    // A section that takes any key (parameters, tags) claims the keys after a first one it names.
    const open = propertySchema(sub, '\u0000any') !== undefined;
    const strays: PyEntry[] = [];
    for (const next of dict.entries.slice(i + 1)) {
      const k = keyText(next);
      if (k === undefined || known.has(k) || !(inside.has(k) || (open && strays.length > 0))) break;
      strays.push(next);
    }
    if (strays.length) out.push({ section: [...path, key], entry, strays });
  });
  return out;
}

export function misindentMessage(m: Misindented): string {
  const where = m.section.slice(0, -1).join('.');
  const shown = m.strays.slice(0, 5).map((e) => `'${keyText(e)}'`).join(', ');
  const names = m.strays.length > 5 ? `${shown} and ${m.strays.length - 5} more` : shown;
  const section = m.section.join('.');
  const one = m.strays.length === 1;
  return `${section} is empty: the key${one ? '' : 's'} after it (${names}) ${one ? 'is' : 'are'} not indented under it, so ${one ? 'it sits' : 'they sit'} ${where ? `in ${where}` : 'at the top level'}, where Patroni ignores ${one ? 'it' : 'them'}; indent ${one ? 'it' : 'them'} under ${m.section[m.section.length - 1]}`;
}

const at = (d: { file: string; line: number; col: number }): string => `${d.file}:${d.line}:${d.col}`;

/**
 * The diagnostics with each missing indent reported once: the unknown-key warnings of the
 * stray keys and the missing-key warnings inside the emptied section give way to one warning.
 */
export function foldMisindented(parsed: readonly (PyValue | null)[], list: Diagnostic[], fallbackFile: string): Diagnostic[] {
  const found = parsed.flatMap((v) => (v?.kind === 'dict' ? misindentedSections(v) : []));
  if (!found.length) return list;
  const strays = new Set(found.flatMap((m) => m.strays.flatMap((e) => (e.key.span ? [at(e.key.span)] : []))));
  const sections = found.map((m) => m.section.join('.'));
  // missing-key messages start with the path of the key or section they miss.
  const insideEmptied = (d: Diagnostic): boolean =>
    (d.ruleId === 'missing-key' && sections.some((s) => d.message.startsWith(`${s} `) || d.message.startsWith(`${s}.`))) ||
    (d.ruleId === 'validate-config-strict' && sections.some((s) => d.message.startsWith(`${s} is empty`)));
  const kept = list.filter((d) => !(d.ruleId === 'unknown-key' && strays.has(at(d))) && !insideEmptied(d));
  return [...kept, ...found.map((m) => diagnosticAt(m.entry.key.span, fallbackFile, 'unknown-key', 'warning', misindentMessage(m)))];
}
