/**
 * A command written for a shell: Patroni splits it with shlex.split and executes the words
 * directly, so `&&`, pipes, redirections, `$VAR` and `~` reach the program as plain
 * arguments instead of doing what they do in a shell.
 */
import { splitCommand } from '../plan/split-command.js';
import { at, commandSites } from './common.js';
import type { Finding, Rule } from './rule.js';

const SHELLS = new Set(['sh', 'bash', 'dash', 'zsh', 'ksh', 'ash', 'busybox']);
const OPERATORS = ['&&', '||', '>>', '2>', '&>', '|', '&', ';', '>', '<'];
const EXPANSION = /^\$(?:[A-Za-z_][A-Za-z0-9_]*|\{|\(|[0-9])/;

/** The shell constructs in a command string, scanned with shlex's POSIX quoting rules. */
export function shellConstructs(text: string): string[] {
  const found = new Set<string>();
  let quote: "'" | '"' | undefined;
  let wordStart = true;
  let firstWord = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const rest = text.slice(i);
    if (quote === "'") {
      if (c === "'") quote = undefined;
      continue;
    }
    if (c === '\\') {
      i++;
      wordStart = false;
      continue;
    }
    if (c === '$' && EXPANSION.test(rest)) found.add(rest.startsWith('$(') ? '$(...)' : rest.startsWith('${') ? '${...}' : `${/^\$[A-Za-z_0-9]*/.exec(rest)![0]}`);
    if (c === '`') found.add('`...`');
    if (quote === '"') {
      if (c === '"') quote = undefined;
      continue;
    }
    if (c === "'" || c === '"') {
      quote = c;
      wordStart = false;
      continue;
    }
    if (/\s/.test(c)) {
      if (!wordStart) firstWord = false;
      wordStart = true;
      continue;
    }
    const op = OPERATORS.find((o) => rest.startsWith(o));
    if (op) {
      found.add(op);
      i += op.length - 1;
      wordStart = true;
      firstWord = true;
      continue;
    }
    if (wordStart && c === '~') found.add('~');
    if (wordStart && c === '#') found.add('# comment');
    if (wordStart && firstWord && /^[A-Za-z_][A-Za-z0-9_]*=/.test(rest)) found.add('VAR=value prefix');
    wordStart = false;
  }
  return [...found];
}

function runsShell(argv: string[]): boolean {
  const program = argv[0]?.split('/').pop() ?? '';
  return SHELLS.has(program) && argv.slice(1).some((a) => /^-[a-z]*c[a-z]*$/.test(a));
}

/** A program name with a shell operator glued into it (`tool>/var/log/x.log`): no such program exists. */
function programWithOperator(argv: string[]): string | undefined {
  const program = argv[0];
  return program !== undefined && /[<>|;&]/.test(program) ? program : undefined;
}

export const commandShell: Rule = {
  id: 'command-shell',
  severity: 'warning',
  description: 'a command that relies on a shell (&&, |, redirections, $VAR, ~) although Patroni runs it without one',
  check(ctx) {
    const out: Finding[] = [];
    for (const site of commandSites(ctx)) {
      if (site.value.kind !== 'str') continue;
      const split = splitCommand(site.value);
      if ('error' in split || runsShell(split.argv)) continue;
      const constructs = shellConstructs(site.value.value);
      if (!constructs.length) continue;
      const glued = programWithOperator(split.argv);
      if (glued) {
        out.push({
          message: `${site.where}: shlex.split leaves '${glued}' as one word, so Patroni runs a program of that name, which does not exist: the command cannot run at all; put spaces around the operator and wrap it as sh -c '...', or move it into a script`,
          severity: 'error',
          ...at(site.value),
        });
        continue;
      }
      const list = constructs.map((c) => `'${c}'`).join(', ');
      out.push({
        message: `${site.where} uses ${list}, which only a shell understands: Patroni splits the command with shlex and runs it without a shell, so the program gets them as plain arguments; wrap it as sh -c '...' or move it into a script`,
        ...at(site.value),
      });
    }
    return out;
  },
};
