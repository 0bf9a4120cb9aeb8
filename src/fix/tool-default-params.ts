/**
 * tool-default-params fix: `no_params: true` added to the method section, so Patroni stops
 * appending the options the tool rejects. Only when the section is a block mapping of this
 * file without any no_params key (an explicit `no_params: false` is a decision, not a slip).
 */
import { strictTool } from '../facts/backup-tools.js';
import { splitCommand } from '../plan/split-command.js';
import { dictGet, dictHas } from '../py/dict.js';
import type { PyValue } from '../py/value.js';
import { bootstrapMethod, replicaMethods } from '../rules/common.js';
import type { Fix, Fixer, FixContext } from './fixer.js';
import { appendPairEdit, blockMapAt } from './insert-pair.js';
import { inFile } from './yaml-nodes.js';

function addNoParams(ctx: FixContext, section: PyValue | undefined, command: PyValue | undefined, where: string): Fix | undefined {
  if (section?.kind !== 'dict' || !command || dictHas(section, 'no_params') || !inFile(section.span, ctx.file) || !inFile(command.span, ctx.file)) return undefined;
  const split = splitCommand(command);
  if ('error' in split || !strictTool(split.argv)) return undefined;
  const map = blockMapAt(ctx.doc, section.span.offset);
  const edit = map && appendPairEdit(ctx.text, map, 'no_params: true');
  return edit && { ruleId: 'tool-default-params', line: command.span.line, col: command.span.col, description: `added no_params: true to ${where}`, edits: [edit] };
}

export const toolDefaultParamsFixer: Fixer = {
  ruleId: 'tool-default-params',
  fixes(ctx: FixContext): Fix[] {
    const out: Fix[] = [];
    const method = bootstrapMethod(ctx);
    if (method) {
      const section = dictGet(ctx.config.bootstrap, method.name);
      const f = addNoParams(ctx, section, dictGet(section, 'command'), `bootstrap.${method.name}`);
      if (f) out.push(f);
    }
    for (const m of new Map(replicaMethods(ctx).map((r) => [r.name, r])).values()) {
      if (m.name === 'basebackup') continue;
      const section = dictGet(ctx.config.postgresql, m.name);
      const f = addNoParams(ctx, section, dictGet(section, 'command'), `replica method ${m.name}`);
      if (f) out.push(f);
    }
    return out;
  },
};
