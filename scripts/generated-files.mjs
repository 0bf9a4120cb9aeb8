// What the generators of committed files (gen-types, gen-validator, gen-schema-key-names) share: write the files,
// or with --check only say which are stale, for the tests that keep them current.
import { readFileSync, writeFileSync } from 'node:fs';

/** `results` are { out, ts } with `out` relative to the project root. */
export function writeOrCheck(results, check = process.argv.includes('--check')) {
  let stale = 0;
  for (const r of results) {
    const path = new URL(`../${r.out}`, import.meta.url);
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {}
    if (current === r.ts) continue;
    if (check) {
      console.error(`${r.out} is stale: run npm run gen`);
      stale++;
    } else {
      writeFileSync(path, r.ts);
      console.log(`wrote ${r.out}`);
    }
  }
  process.exitCode = stale ? 1 : 0;
}
