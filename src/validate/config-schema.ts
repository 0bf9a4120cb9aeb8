/**
 * schema/patroni.schema.json as an object: read by the schema lookups (schema-index.ts),
 * which the validator's messages use in turn, so it lives below both.
 */
import { readFileSync } from 'node:fs';

export function configSchema(): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL('../../../schema/patroni.schema.json', import.meta.url), 'utf8')) as Record<string, unknown>;
}
