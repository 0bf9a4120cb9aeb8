// Issue 21: the stages of src/ import downwards only. An import circle ties its files into one
// piece that cannot be read, tested or bundled apart, and makes the load order decide which
// module sees the other's exports still undefined. Type-only imports count too: they vanish
// from the JavaScript but not from the design.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ROOT } from '../helpers.js';
import { buildGraph, findCycles, importsOf, sourceFiles, type ImportEdge } from './import-graph.js';

const files = sourceFiles(ROOT, 'src');
const edges = files.flatMap((f) => importsOf(ROOT, f));

const show = (e: ImportEdge): string => `${e.from} imports '${e.specifier}'`;

test('the import reader sees every form of import the sources use', () => {
  const main = importsOf(ROOT, 'src/cli/main.ts');
  assert.ok(main.some((e) => e.to === 'src/cli/plan-command.ts' && !e.typeOnly), 'import() of the plan command');
  const index = importsOf(ROOT, 'src/index.ts');
  assert.ok(index.some((e) => e.to !== undefined && e.specifier.startsWith('./')), 'export ... from of src/index.ts');
  assert.ok(edges.some((e) => e.typeOnly && e.to !== undefined), 'import type');
  assert.ok(files.length > 100 && edges.length > 500, `${files.length} files, ${edges.length} imports: too few to be all of src/`);
});

test('every import in src/ names its module: a string, and a relative one a .ts file in src/', () => {
  const known = new Set(files);
  const blind = edges.filter((e) => e.computed || (e.to !== undefined && !known.has(e.to)));
  assert.deepEqual(blind.map(show), [], 'the graph would miss these imports');
});

test('no import circles in src/, type-only imports included', () => {
  const runtime = new Set(edges.filter((e) => !e.typeOnly).map((e) => `${e.from} ${e.to}`));
  const erased = (c: string[]): boolean => c.slice(1).some((to, i) => !runtime.has(`${c[i]} ${to}`));
  const lines = findCycles(buildGraph(edges, files)).map((c) => `${c.join(' → ')}${erased(c) ? ' (through a type-only import)' : ''}`);
  assert.deepEqual(lines, [], `import circles: move the piece both sides need down to a file both can import\n${lines.join('\n')}`);
});

test('only src/cli/ imports src/cli/: the command line is the top stage', () => {
  const upward = edges.filter((e) => e.to?.startsWith('src/cli/') && !e.from.startsWith('src/cli/'));
  assert.deepEqual(upward.map(show), []);
});

test('the circle finder names a circle as a path round it', () => {
  const graph = new Map([
    ['a', ['b']],
    ['b', ['c', 'd']],
    ['c', ['a']],
    ['d', ['d']],
    ['e', ['a']],
  ]);
  assert.deepEqual(findCycles(graph), [
    ['a', 'b', 'c', 'a'],
    ['d', 'd'],
  ]);
});
