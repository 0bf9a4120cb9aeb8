import { readFileSync } from 'node:fs';

/**
 * patroni-plan's version, from the package.json that ships with it. Read only when asked (--version, SARIF), so
 * that a lint does not pay for a file read at start-up. dist/src/cli/ and dist/bundle/cli/ are both three levels
 * below the package root, so the same relative URL serves the tsc build and the bundle.
 */
export function toolVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
