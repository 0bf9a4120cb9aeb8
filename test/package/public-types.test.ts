// Issue 22: a caller of the library must be able to name what it passes. A type that an exported function takes
// or returns but that src/index.ts does not export can only be spelled as Parameters<typeof f>[1].
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import ts from 'typescript';
import { ROOT } from '../helpers.js';

const index = join(ROOT, 'src/index.ts');
const program = ts.createProgram([index], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, strict: true, noEmit: true, skipLibCheck: true, types: [] });
const checker = program.getTypeChecker();
const resolve = (s: ts.Symbol): ts.Symbol => (s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s);

/** Symbols of the package's own types named in a type annotation (node_modules and built-ins left out). */
function namedTypes(node: ts.Node | undefined, out: Set<ts.Symbol>): Set<ts.Symbol> {
  if (!node) return out;
  if (ts.isTypeReferenceNode(node)) {
    const s = checker.getSymbolAtLocation(node.typeName);
    const decl = s && resolve(s).declarations?.[0];
    if (s && decl && decl.getSourceFile().fileName.startsWith(join(ROOT, 'src'))) out.add(resolve(s));
  }
  ts.forEachChild(node, (c) => void namedTypes(c, out));
  return out;
}

test('every type an exported function takes or returns is exported from src/index.ts', () => {
  const module = checker.getSymbolAtLocation(program.getSourceFile(index)!)!;
  const exported = checker.getExportsOfModule(module).map(resolve);
  const names = new Set(exported);
  const missing: string[] = [];
  let functions = 0;
  for (const s of exported) {
    for (const decl of s.declarations ?? []) {
      if (!ts.isFunctionDeclaration(decl)) continue;
      functions += 1;
      const used = new Set<ts.Symbol>();
      for (const p of decl.parameters) namedTypes(p.type, used);
      namedTypes(decl.type, used);
      for (const t of used) if (!names.has(t)) missing.push(`${s.name} uses ${t.name}`);
    }
  }
  assert.ok(functions >= 8, `${functions} exported functions: the walk missed them`);
  assert.deepEqual(missing, []);
});
