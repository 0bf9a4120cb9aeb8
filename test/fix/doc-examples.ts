/** The bad and good examples of a rule's page, in pairs: each Bad block with the Good block after it. */
import { readFileSync } from 'node:fs';
import { ROOT } from '../helpers.js';

export interface ExamplePair {
  label: string;
  bad: string;
  good: string;
}

export function examplePairs(id: string): ExamplePair[] {
  const page = readFileSync(`${ROOT}docs/rules/${id}.md`, 'utf8');
  const blocks = [...page.matchAll(/\n(Bad|Good)([^\n]*):\n\n```yaml\n([\s\S]*?)```/g)].map((m) => ({ kind: m[1]!, label: `${m[1]}${m[2]}`, text: m[3]! }));
  const pairs: ExamplePair[] = [];
  for (const [i, b] of blocks.entries()) {
    const next = blocks[i + 1];
    if (b.kind === 'Bad' && next?.kind === 'Good') pairs.push({ label: b.label, bad: b.text, good: next.text });
  }
  return pairs;
}

/** The Patroni version an example is written for, from its label: "Bad (Patroni 3.x)". */
export function exampleVersion(label: string): string | undefined {
  const m = /Patroni (\d)\.x/.exec(label);
  return m ? (m[1] === '3' ? '3.3' : '4.1') : undefined;
}
