// postinstall: build dist/src when it is missing, as in a fresh clone that pre-commit (or
// anyone) installs with `npm install`. An installed package already carries dist/src, so this
// does nothing there. Not a `prepare` script: pre-commit reads the tarball's name from
// `npm pack`'s standard output, which a prepare script's banner would spoil.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = existsSync(`${root}dist/src/cli/main.js`);
if (!built && existsSync(`${root}src/cli/main.ts`) && existsSync(`${root}tsconfig.build.json`)) {
  let tsc;
  try {
    tsc = createRequire(`${root}package.json`).resolve('typescript/bin/tsc');
  } catch {
    process.stderr.write('patroni-plan: dist/ is missing and typescript is not installed: run `npm install --include=dev`\n');
    process.exit(1);
  }
  const r = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
  process.exit(r.status ?? 1);
}
