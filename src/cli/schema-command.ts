import { readFileSync } from 'node:fs';

export function runSchema(opts: { plan?: boolean; cluster?: boolean }): number {
  const name = opts.plan ? 'plan.schema.json' : opts.cluster ? 'cluster.schema.json' : 'patroni.schema.json';
  process.stdout.write(readFileSync(new URL(`../../../schema/${name}`, import.meta.url), 'utf8'));
  return 0;
}
