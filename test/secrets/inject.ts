/**
 * Puts a canary password into every secret field of a config: the text is edited with the
 * `yaml` package, so the rest of the file (its comments, order and style) stays as written.
 */
import { isMap, parseDocument, YAMLMap, type Document } from 'yaml';

/**
 * A canary: characters that each take another escaping path (quotes, `$`, a backslash, a
 * space, non-ASCII), around a token of letters and digits that survives any escaping, so one
 * search finds the value in raw, JSON, repr or URL-encoded form.
 */
export function canary(n: number): { value: string; token: string } {
  const token = `CANARY${n}Z`;
  return { value: `p'w"$ \\é:${token}@x`, token };
}

export interface Injected {
  text: string;
  /** token → the path of the field that holds it */
  tokens: Map<string, string>;
}

/** undefined when the file is not a readable mapping: there is nowhere to put a secret. */
export function injectSecrets(text: string, paths: string[][], first = 0, value = canary): Injected | undefined {
  const doc = parseDocument(text, { version: '1.1', uniqueKeys: false });
  if (doc.errors.length || !isMap(doc.contents)) return undefined;
  const tokens = new Map<string, string>();
  paths.forEach((path, i) => {
    const c = value(first + i);
    if (setCreating(doc, path, c.value)) tokens.set(c.token, path.join('.'));
  });
  return { text: doc.toString({ lineWidth: 0 }), tokens };
}

/**
 * doc.setIn with plain mappings made on the way (setIn's own would be `!!omap` in YAML 1.1
 * mode), replacing a scalar or list that stands where a mapping must go.
 */
function setCreating(doc: Document, path: string[], value: string): boolean {
  for (let i = 1; i < path.length; i++) {
    if (!isMap(doc.getIn(path.slice(0, i), true))) doc.setIn(path.slice(0, i), new YAMLMap());
  }
  doc.setIn(path, value);
  return true;
}
