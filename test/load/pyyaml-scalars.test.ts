import assert from 'node:assert/strict';
import { test } from 'node:test';
import { constructScalar, implicitTag } from '../../src/load/pyyaml-scalars.js';

test('plain scalars get PyYAML 1.1 tags, not YAML 1.2 ones', () => {
  const cases: [string, string][] = [
    ['yes', 'bool'], ['No', 'bool'], ['ON', 'bool'], ['off', 'bool'], ['y', 'str'], ['n', 'str'],
    ['1.0', 'float'], ['1e5', 'str'], ['1.5e+3', 'float'], ['.5', 'float'], ['.inf', 'float'], ['.NaN', 'float'],
    ['0755', 'int'], ['08', 'str'], ['0x1F', 'int'], ['0b101', 'int'], ['0o17', 'str'], ['9:30', 'int'], ['1_000', 'int'],
    ['~', 'null'], ['', 'null'], ['Null', 'null'], ['nULL', 'str'],
    ['2002-12-14', 'timestamp'], ['2001-12-14 21:59:43.10 -5', 'timestamp'], ['<<', 'merge'], ['=', 'value'],
    ['UTF8', 'str'], ['100M', 'str'],
  ];
  for (const [text, tag] of cases) assert.equal(implicitTag(text), tag, text);
});

test('ints are built as PyYAML builds them', () => {
  const int = (t: string): bigint => (constructScalar('int', t) as { value: bigint }).value;
  assert.equal(int('0755'), 493n);
  assert.equal(int('9:30'), 570n);
  assert.equal(int('-0x1_F'), -31n);
  assert.equal(int('190:20:30'), 685230n);
  assert.equal(int('123456789012345678901234567890'), 123456789012345678901234567890n);
});

test('floats and timestamps', () => {
  assert.equal((constructScalar('float', '1_000.5') as { value: number }).value, 1000.5);
  assert.equal((constructScalar('float', '-.inf') as { value: number }).value, -Infinity);
  assert.deepEqual(constructScalar('timestamp', '2002-12-14'), { kind: 'date', year: 2002, month: 12, day: 14 });
  const dt = constructScalar('timestamp', '2001-12-14 21:59:43.10 -5');
  assert.deepEqual(dt, { kind: 'datetime', year: 2001, month: 12, day: 14, hour: 21, minute: 59, second: 43, microsecond: 100000, tzOffsetMinutes: -300 });
  assert.throws(() => constructScalar('timestamp', '2002-02-30'));
});
