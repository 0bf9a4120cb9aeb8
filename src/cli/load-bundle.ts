/**
 * How bin/patroni-plan.cjs gets main(): from the pre-built bundle (scripts/bundle.mjs) when
 * there is one, with its compiled code cached between runs; from the modules tsc built
 * otherwise (a checkout built with tsc alone).
 *
 * The cache is an optimisation only. It lives under the user's cache directory, used only when
 * nobody else can write there (private-cache-dir.ts: what is compiled code to V8 must be as
 * much ours as the bundle); any failure to read or write it (read-only home, full disk, a
 * concurrent run) is ignored, and a cache that does not match the bundle byte for byte, or
 * the Node and V8 that run it, is not used:
 * - the core bundle: V8's code cache through vm.Script's cachedData, made once the command has
 *   run, so that it holds every function the run compiled. Its file is named after a CRC-32 of
 *   the bundle and Node's version; its own CRC-32 is checked before V8 sees it (V8 checks its
 *   version, flags and the source's length, not the contents).
 * - Node 22.1+: module.enableCompileCache() as well, for what is loaded with require (the lazy
 *   command bundles). It is made when a module is compiled, before its functions run, and
 *   measured slower than the code cache for the core (docs/performance.md). Its directory is
 *   one of our own, 0700, as Node checks nothing of what it finds there.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { isAscii } from 'node:buffer';
import module, { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import zlib from 'node:zlib';
import { privateCacheDir, privateSubdir, readPrivateFile, removePrivateFile, writePrivateFile } from './private-cache-dir.js';

type Main = (argv: string[]) => Promise<number>;

export interface LoadedCli {
  main: Main;
  /** Call once main() is done: saves the compiled code for the next run, if that is how it was loaded. */
  saveCache(): void;
}

const BUNDLE = fileURLToPath(new URL('../../bundle/cli/patroni-plan.cjs', import.meta.url));
const MAGIC = 'PPV8';
/** How a cache file's name ends: one per Node version and architecture. */
const RUNTIME = `-${process.version}-${process.arch}.cache`;
/** A cache of another build of the bundle for this Node is deleted once it is this old (ms). */
const STALE_AFTER = 24 * 3600 * 1000;
/**
 * A cache file larger than this many times the bundle is not read: V8's data for every
 * function of the bundle compiled (node --no-lazy) is 2.3 times its 560 KB on Node 20, a
 * lint's 1.4 times; the cap leaves room for other V8s, and stops a huge file eating memory.
 */
const CAP_PER_BUNDLE_BYTE = 4;

export async function loadCli(): Promise<LoadedCli> {
  if (!exists(BUNDLE)) return { main: (await import('./main.js')).main, saveCache: () => {} };
  const dir = privateCacheDir();
  if (dir !== undefined) enableCompileCache(dir);
  // With --enable-source-maps, Node maps stack traces of what require loads, not of a vm.Script.
  if (dir === undefined || typeof zlib.crc32 !== 'function' || process.sourceMapsEnabled) return { main: createRequire(BUNDLE)(BUNDLE).main, saveCache: () => {} };
  return fromCodeCache(dir);
}

function exists(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function enableCompileCache(dir: string): void {
  const enable = (module as { enableCompileCache?: (dir: string) => unknown }).enableCompileCache;
  if (enable === undefined) return;
  const own = privateSubdir(dir, 'compile-cache');
  try {
    if (own !== undefined) enable(own);
  } catch {
    // no cache this time
  }
}

function fromCodeCache(dir: string): LoadedCli {
  const bytes = readFileSync(BUNDLE);
  // The checksum of the bytes, not of the string: Node would encode the string again first.
  const file = join(dir, `v8-${zlib.crc32(bytes).toString(16)}-${bytes.length}${RUNTIME}`);
  // esbuild writes ASCII; read as Latin-1, such a file becomes V8's one-byte string directly.
  const source = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
  const cached = readChecked(file, bytes.length * CAP_PER_BUNDLE_BYTE);
  // The wrapper CommonJS gives a module; the bundle is a script like any other to V8.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: BUNDLE, cachedData: cached });
  const mod = registerModule();
  (script.runInThisContext() as (...args: unknown[]) => void)(mod.exports, mod.require.bind(mod), mod, BUNDLE, dirname(BUNDLE));
  mod.loaded = true;
  const fresh = cached === undefined || script.cachedDataRejected === true;
  return { main: (mod.exports as { main: Main }).main, saveCache: () => fresh && writeChecked(dir, file, script.createCachedData()) };
}

/** The bundle as a module in require's cache, so that the lazy command bundles that require it get this one. */
function registerModule(): module & { require: NodeJS.Require; exports: unknown; loaded: boolean } {
  const Module = module as unknown as { new (id: string): module; _nodeModulePaths(dir: string): string[] };
  const mod = new Module(BUNDLE) as unknown as module & { filename: string; paths: string[]; require: NodeJS.Require; exports: unknown; loaded: boolean };
  mod.filename = BUNDLE;
  mod.paths = Module._nodeModulePaths(dirname(BUNDLE));
  createRequire(BUNDLE).cache[BUNDLE] = mod as unknown as NodeJS.Module;
  return mod;
}

/** The cached data if the file is whole: MAGIC, CRC-32 of the rest (4 bytes, big-endian), V8's data. */
function readChecked(file: string, cap: number): Buffer | undefined {
  const raw = readPrivateFile(file, cap);
  if (raw === undefined || raw.length <= 8 || raw.toString('latin1', 0, 4) !== MAGIC) return undefined;
  const data = raw.subarray(8);
  return raw.readUInt32BE(4) === zlib.crc32(data) ? data : undefined;
}

function writeChecked(dir: string, file: string, data: Buffer): void {
  const head = Buffer.alloc(8);
  head.write(MAGIC, 0, 'latin1');
  head.writeUInt32BE(zlib.crc32(data), 4);
  if (writePrivateFile(file, Buffer.concat([head, data]))) pruneOtherBuilds(dir, file);
}

/**
 * Each build of the bundle has caches of its own; without this, every rebuild (a developer's,
 * an upgrade) would leave ~1 MB behind. Ones written in the last day are kept, so two
 * installs used side by side do not keep evicting each other.
 */
function pruneOtherBuilds(dir: string, keep: string): void {
  const now = Date.now();
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const path = join(dir, name);
    if (path === keep || !name.startsWith('v8-') || !name.endsWith(RUNTIME)) continue;
    removePrivateFile(path, (mtimeMs) => now - mtimeMs > STALE_AFTER);
  }
}
