/**
 * Values that are unrendered template text. Patroni reads its YAML as PyYAML gives it and expands
 * nothing (only PATRONI_* environment variables replace whole keys), so `${HOSTNAME}` is used as
 * those eleven characters. Which forms count depends on the key: a command run through a shell
 * (PostgreSQL's archive_command and friends) legitimately holds `$VAR`, a command Patroni runs
 * itself is command-shell's business, and log.format is Python logging's `%(name)s` syntax.
 */
import type { PatroniVersion } from '../facts/patroni-versions.js';
import { environmentConfiguration } from '../load/environment.js';
import { dictPath } from '../py/dict.js';
import type { PyValue } from '../py/value.js';
import { walkValues } from './schema-index.js';

/** Each template syntax on its own, so that a key can exempt the one that is legitimate there. */
const FORMS = {
  /** shell/compose `${X}` and `$X` at a word start (upper case, as environment variables are: `$user` in search_path is PostgreSQL's). */
  shell: /\$\{[^}]*\}|(?:^|[^\w$\\])\$[A-Z_][A-Z0-9_]+\b/,
  /** Jinja, Go templates, Helm, Ansible. */
  braces: /\{\{[^}]*\}\}/,
  /** a documentation placeholder: `<host>`, `<pg_port>`. */
  angle: /<[A-Za-z_][\w-]*>/,
  /** Python %-formatting. */
  percent: /%\([A-Za-z_]\w*\)s/,
} as const;
type Form = keyof typeof FORMS;

const ALL: readonly Form[] = ['shell', 'braces', 'angle', 'percent'];

/** PostgreSQL settings whose value PostgreSQL hands to a shell: `$VAR` and `<` there are the shell's. */
const SHELL_SETTINGS = new Set(['archive_command', 'restore_command', 'archive_cleanup_command', 'recovery_end_command', 'ssl_passphrase_command']);
/** Commands Patroni runs itself: command-shell reports their `$VAR`, and a `<` there is a redirection. */
const PATRONI_COMMANDS = new Set(['command', 'post_bootstrap', 'post_init', 'pre_promote', 'before_stop']);

function formsAt(path: readonly (string | number)[]): readonly Form[] {
  const key = String(path[path.length - 1]);
  const parent = String(path[path.length - 2] ?? '');
  if (SHELL_SETTINGS.has(key) || PATRONI_COMMANDS.has(key) || parent === 'callbacks') return ['braces', 'percent'];
  if (path[0] === 'log' && (key === 'format' || key === 'dateformat')) return ['shell', 'braces', 'angle'];
  return ALL;
}

export function looksLikeTemplate(v: PyValue | undefined, path?: readonly (string | number)[]): boolean {
  if (v?.kind !== 'str') return false;
  const forms = path ? formsAt(path) : ALL;
  return forms.some((f) => FORMS[f].test(v.value));
}

export interface TemplateValue {
  path: (string | number)[];
  value: Extract<PyValue, { kind: 'str' }>;
  /** Under a key the schema does not know: Patroni ignores it, and unknown-key says so. */
  unknownKey: boolean;
}

/** Every string value of the configuration that looks like unrendered template text where it stands. */
export function templateValues(root: PyValue): TemplateValue[] {
  return walkValues(root)
    .filter((v) => looksLikeTemplate(v.value, v.path))
    .map((v) => ({ path: v.path, value: v.value as TemplateValue['value'], unknownKey: v.schema === undefined }));
}

/**
 * A file with this many template values is evidently a template to be rendered (a Helm chart, an
 * Ansible role, an envsubst input): its findings are then reminders, not surprises.
 */
export const TEMPLATE_FILE_VALUES = 3;

export const isTemplateFile = (root: PyValue): boolean => templateValues(root).length >= TEMPLATE_FILE_VALUES;

/** The one PATRONI_* variable a value consists of: `${PATRONI_X}`, `$PATRONI_X`, `%(PATRONI_X)s`. */
const WHOLE_PATRONI_VARIABLE = /^\s*(?:\$\{(PATRONI_\w+)\}|\$(PATRONI_\w+)|%\((PATRONI_\w+)\)s)\s*$/;

/**
 * The variable a template value names, when it is the one Patroni itself reads for this key: set
 * in Patroni's environment it replaces the file's value (the environment is patched over the
 * file), so the text is never used: a container configuration, not a mistake.
 */
export function ownPatroniVariable(path: readonly (string | number)[], value: PyValue | undefined, version: PatroniVersion): string | undefined {
  if (value?.kind !== 'str' || !value.span || path.some((p) => typeof p === 'number')) return undefined;
  const m = WHOLE_PATRONI_VARIABLE.exec(value.value);
  const name = m && (m[1] ?? m[2] ?? m[3]);
  if (!name) return undefined;
  const { config } = environmentConfiguration([{ name, value: 'x', span: value.span }], version);
  return dictPath(config, ...(path as string[])) !== undefined ? name : undefined;
}
