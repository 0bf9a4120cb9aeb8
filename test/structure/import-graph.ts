// The module graph of src/, read from the sources' own import specifiers, for the structure test.
// The TypeScript parser, not a regex: a specifier in a comment or a string is not an import, and
// `import type` has to be told apart (it is erased at run time, but still a dependency of the design).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

export interface ImportEdge {
  /** The importing file, relative to the root, with forward slashes. */
  from: string;
  /** The imported file, relative to the root; undefined when the specifier is a package or a built-in. */
  to: string | undefined;
  specifier: string;
  /** Erased at run time: `import type`, `export type ... from`, every name `type`-marked, or `typeof import(...)`. */
  typeOnly: boolean;
  /** import() of a computed specifier: the module it loads is not known here. */
  computed?: true;
}

export function sourceFiles(root: string, dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) out.push(...sourceFiles(root, path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out.sort();
}

/** Every import of a file: import, export ... from, import(), and the type-level import('...'). */
export function importsOf(root: string, file: string): ImportEdge[] {
  const text = readFileSync(join(root, file), 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edges: ImportEdge[] = [];
  const visit = (node: ts.Node): void => {
    const found = importAt(node);
    if (found === 'computed') edges.push({ from: file, to: undefined, specifier: node.getText(sf), typeOnly: false, computed: true });
    else if (found && ts.isStringLiteralLike(found.specifier)) {
      const specifier = found.specifier.text;
      edges.push({ from: file, to: resolveSpecifier(root, file, specifier), specifier, typeOnly: found.typeOnly });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return edges;
}

function importAt(node: ts.Node): { specifier: ts.Node; typeOnly: boolean } | 'computed' | undefined {
  if (ts.isImportDeclaration(node)) return { specifier: node.moduleSpecifier, typeOnly: importIsTypeOnly(node) };
  if (ts.isExportDeclaration(node)) return node.moduleSpecifier && { specifier: node.moduleSpecifier, typeOnly: exportIsTypeOnly(node) };
  if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) return { specifier: node.moduleReference.expression, typeOnly: node.isTypeOnly };
  if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) return { specifier: node.argument.literal, typeOnly: true };
  if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
    const arg = node.arguments[0];
    return arg && ts.isStringLiteralLike(arg) ? { specifier: arg, typeOnly: false } : 'computed';
  }
  return undefined;
}

// `import { type A, type B } from` is erased as a whole only with no default or namespace import beside it.
// A name imported without `type` but used only as a type is erased by tsc too; it counts as a
// run-time import here, which changes only how a circle is labelled: every import counts.
function importIsTypeOnly(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause;
  if (!clause) return false; // import './x.js' runs the module
  if (clause.isTypeOnly) return true;
  if (clause.name || !clause.namedBindings || !ts.isNamedImports(clause.namedBindings)) return false;
  const names = clause.namedBindings.elements;
  return names.length > 0 && names.every((e) => e.isTypeOnly);
}

function exportIsTypeOnly(node: ts.ExportDeclaration): boolean {
  if (node.isTypeOnly) return true;
  const clause = node.exportClause;
  return !!clause && ts.isNamedExports(clause) && clause.elements.length > 0 && clause.elements.every((e) => e.isTypeOnly);
}

/** A relative specifier names the .ts source of the .js that tsc writes; anything else is outside src/. */
function resolveSpecifier(root: string, file: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const abs = resolve(root, dirname(file), specifier).replace(/\.js$/, '.ts');
  return relative(root, abs).split('\\').join('/');
}

/** from → the files it imports (within the graph), each once. */
export type Graph = Map<string, string[]>;

export function buildGraph(edges: ImportEdge[], files: string[]): Graph {
  const graph: Graph = new Map(files.map((f) => [f, []]));
  for (const e of edges) {
    const targets = graph.get(e.from);
    if (e.to !== undefined && graph.has(e.to) && targets && !targets.includes(e.to)) targets.push(e.to);
  }
  return graph;
}

/**
 * One cycle per strongly connected component (Tarjan), each the shortest way round from its first file:
 * [a, b, a]. A component with more than one cycle in it shows one; the next run shows the next.
 */
export function findCycles(graph: Graph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let next = 0;
  const connect = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) components.push(component.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) connect(v);
  return components.map((c) => shortestCycle(graph, c[0]!, new Set(c))).sort((a, b) => a[0]!.localeCompare(b[0]!));
}

/** Breadth first from start back to start, staying inside its component. */
function shortestCycle(graph: Graph, start: string, component: Set<string>): string[] {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const v = queue[i]!;
    for (const w of graph.get(v) ?? []) {
      if (!component.has(w)) continue;
      if (w === start) {
        const way: string[] = [];
        for (let u = v; u !== start; u = cameFrom.get(u)!) way.unshift(u);
        return [start, ...way, start];
      }
      if (!cameFrom.has(w)) {
        cameFrom.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start, start];
}
