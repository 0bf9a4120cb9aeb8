/**
 * pgBackRest, WAL-G and other tools that reject unknown options, used as a bootstrap or
 * replica method without `no_params`: Patroni appends --scope, --datadir (and --role,
 * --connstring for replicas), the tool exits with an error, and the method fails every time.
 */
import { strictTool } from '../facts/backup-tools.js';
import { splitCommand } from '../plan/split-command.js';
import { dictGet } from '../py/dict.js';
import { pyTruthy } from '../py/truth.js';
import type { PyValue } from '../py/value.js';
import { at, bootstrapMethod, replicaMethods } from './common.js';
import type { Finding, Rule, RuleContext } from './rule.js';

function checkMethod(section: PyValue | undefined, command: PyValue, where: string, params: string): Finding | undefined {
  const noParams = dictGet(section, 'no_params');
  if (noParams !== undefined && pyTruthy(noParams)) return undefined;
  const split = splitCommand(command);
  if ('error' in split) return undefined;
  const tool = strictTool(split.argv);
  if (!tool) return undefined;
  return {
    message: `${where} runs ${tool.name} without no_params: Patroni appends ${params}, which ${tool.name} rejects as unknown options, so the method fails; set no_params: true`,
    ...at(command),
  };
}

function bootstrapFinding(ctx: RuleContext): Finding[] {
  const method = bootstrapMethod(ctx);
  const section = method && dictGet(ctx.config.bootstrap, method.name);
  const command = dictGet(section, 'command');
  if (!method || section?.kind !== 'dict' || command === undefined) return [];
  const f = checkMethod(section, command, `bootstrap.${method.name}`, '--scope=... --datadir=...');
  return f ? [f] : [];
}

function replicaFindings(ctx: RuleContext): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const m of replicaMethods(ctx)) {
    if (m.name === 'basebackup' || seen.has(m.name)) continue;
    seen.add(m.name);
    const section = dictGet(ctx.config.postgresql, m.name);
    if (section !== undefined && section.kind !== 'dict') continue;
    const command = dictGet(section, 'command') ?? m.value;
    const f = checkMethod(section, command, `replica method '${m.name}'`, '--scope=... --role=replica --datadir=... --connstring=...');
    if (f) out.push(f);
  }
  return out;
}

export const toolDefaultParams: Rule = {
  id: 'tool-default-params',
  severity: 'error',
  description: "a tool that rejects Patroni's default parameters (pgBackRest, WAL-G, ...) used as a method without no_params",
  fixable: true,
  check(ctx) {
    return [...bootstrapFinding(ctx), ...replicaFindings(ctx)];
  },
};
