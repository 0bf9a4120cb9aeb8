/**
 * A YAML file that is no Patroni configuration at all (a docker-compose file, a Kubernetes
 * manifest): not one of its top-level keys is one Patroni reads. Linting it key by key gives
 * a screen of unknown and missing keys that hides the one thing to say.
 */
import { diagnosticAt, type Diagnostic } from '../diagnostic.js';
import type { PyDict } from '../py/value.js';
import { namedKeys, rootSchemaNode } from './schema-index.js';

export function notPatroniConfig(root: PyDict, file: string): Diagnostic | undefined {
  const keys = root.entries.flatMap((e) => (e.key.kind === 'str' ? [e.key.value] : []));
  if (!keys.length) return undefined;
  const known = new Set(namedKeys(rootSchemaNode()));
  if (keys.some((k) => known.has(k))) return undefined;
  const shown = keys.slice(0, 4).map((k) => `'${k}'`).join(', ');
  return diagnosticAt(root.entries[0]?.key.span, file, 'not-patroni-config', 'error', `not a Patroni configuration: none of its top-level keys (${shown}${keys.length > 4 ? ', ...' : ''}) is one Patroni reads, such as scope, name, restapi, postgresql or a DCS section`);
}
