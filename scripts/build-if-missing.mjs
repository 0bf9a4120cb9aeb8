// `prepare`: build dist/ when it is missing: dist/src with tsc, then the command line's bundle (scripts/bundle.mjs,
// esbuild). npm runs prepare after `npm ci`/`npm install` in a clone, and for a git dependency (`npm pack <git URL>`,
// `npx <git URL>`, pre-commit's node hooks) after installing the devDependencies into its clone, before packing it.
// A tarball or registry install never runs prepare: the package carries dist/ (prepack builds it).
// Only when missing: a git dependency would otherwise build twice (its `npm install`, then its pack).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const checkout = existsSync(`${root}src/cli/main.ts`) && existsSync(`${root}tsconfig.build.json`);
const resolve = (name) => {
  try {
    return createRequire(`${root}package.json`).resolve(name);
  } catch {
    return undefined;
  }
};
const run = (argv) => {
  const r = spawnSync(process.execPath, argv, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

if (checkout && !existsSync(`${root}dist/src/cli/main.js`)) {
  const tsc = resolve('typescript/bin/tsc');
  if (!tsc) {
    // Under `npm install -g <git URL>`, npm's preparation of the clone is itself global and installs no
    // devDependencies (npm/cli#8440): say what works instead of a command that cannot help there.
    const global = process.env.npm_config_global === 'true';
    process.stderr.write(global
      ? 'patroni-plan: npm install -g <git URL> cannot build it (npm installs no devDependencies for it: npm/cli#8440); install a release tarball, or run npm pack <git URL> and install the tarball it writes (docs/install.md)\n'
      : 'patroni-plan: dist/ is missing and typescript is not installed: run `npm install --include=dev`\n');
    process.exit(1);
  }
  run([tsc, '-p', 'tsconfig.build.json']);
}
// Without esbuild the command line runs from dist/src, only slower to start.
if (checkout && !existsSync(`${root}dist/bundle/cli/patroni-plan.cjs`) && resolve('esbuild')) run([`${root}scripts/bundle.mjs`]);
