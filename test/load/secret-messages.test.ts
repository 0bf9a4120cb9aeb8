import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Diagnostic } from '../../src/diagnostic.js';
import { maskSecretsInMessages } from '../../src/load/secret-messages.js';

const at = (line: number, message: string): Diagnostic => ({ ruleId: 'duplicate-key', severity: 'warning', message, file: 'f.yml', line, col: 1 });

/** Source text whose lines count how often they are read. */
function countedText(text: string, reads: { n: number }): string {
  const lines = text.split('\n');
  const counted = new Proxy(lines, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads.n++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { split: () => counted } as unknown as string;
}

test('a misspelt password line masks the value in every message on it', () => {
  const out = maskSecretsInMessages([at(2, "invalid literal for int(): 'CANARY1'"), at(1, 'no secret: CANARY1')], 'a: CANARY1\n  passowrd: !!int CANARY1\n');
  assert.deepEqual(out.map((d) => d.message), ["invalid literal for int(): '***'", 'no secret: CANARY1']);
});

test('thousands of findings on one line (a flow mapping with repeated keys) read that line once', () => {
  const reads = { n: 0 };
  const line = `{${Array.from({ length: 2000 }, (_, i) => `k${i % 10}: v`).join(', ')}, passowrd: CANARY2}`;
  const findings = Array.from({ length: 2000 }, (_, i) => at(1, `duplicate key 'k${i % 10}' CANARY2`));
  const out = maskSecretsInMessages(findings, countedText(line, reads));
  assert.equal(out.filter((d) => d.message.includes('CANARY2')).length, 0);
  assert.equal(reads.n, 1);
});
