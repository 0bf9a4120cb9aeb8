/**
 * A built-in Node module loaded on first use. Node compiles a built-in module the first time
 * it is loaded: crypto (with the twenty modules it pulls in) costs milliseconds of every cold
 * start, and only a plan's seal, a GitLab fingerprint and `-o`'s temporary name need it.
 */
import { createRequire } from 'node:module';

type GetBuiltin = (name: string) => unknown;
const getBuiltinModule = (process as { getBuiltinModule?: GetBuiltin }).getBuiltinModule;

/** process.getBuiltinModule where Node has it (20.16+, 22.3+): no require function to make first. */
const load: GetBuiltin = (name) => (getBuiltinModule ? getBuiltinModule(name) : createRequire(import.meta.url)(name));

export function lazyBuiltin<T>(name: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= load(name) as T);
}

export const crypto = lazyBuiltin<typeof import('node:crypto')>('node:crypto');
