import { BUILTIN_CHECKS, RULES } from '../rules/index.js';

export function runRules(): number {
  const rows = [...BUILTIN_CHECKS, ...RULES];
  const width = Math.max(...rows.map((r) => r.id.length));
  process.stdout.write(rows.map((r) => `${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.fixable ? 'fixable' : '       '}  ${r.description}\n`).join(''));
  return 0;
}
