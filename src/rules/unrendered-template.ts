/**
 * String values that are unrendered template text (`${HOSTNAME}`, `$POD_IP:5432`, `{{ host }}`,
 * `<host>`, `%(x)s`): Patroni expands no variables in its YAML, so it uses the text as written, as
 * a member name, a scope, an address. Values the schema already refuses get the schema's finding,
 * which says what Patroni then does (api.ts keeps one finding per value); a value under a key
 * Patroni ignores is left to unknown-key. In a file that is
 * evidently a template (template-values.ts) each is a reminder, at info level.
 */
import { formatPath } from '../validate/schema-index.js';
import { isSecretKey } from '../validate/secret-values.js';
import { ownPatroniVariable, TEMPLATE_FILE_VALUES, templateValues } from '../validate/template-values.js';
import { schemaAt } from '../validate/schema-index.js';
import { at } from './common.js';
import { removedKeys } from './deprecated-key.js';
import type { Finding, Rule, RuleContext } from './rule.js';
import { unusedSections } from './unused-method-section.js';

const shown = (text: string): string => `'${text.length > 60 ? `${text.slice(0, 57)}...` : text}'`;

/** Sections Patroni never reads: the finding about the section covers what is inside. */
function unread(ctx: RuleContext): string[][] {
  return [...unusedSections(ctx).map((s) => s.path), ...removedKeys(ctx)];
}

export const unrenderedTemplate: Rule = {
  id: 'unrendered-template',
  severity: 'warning',
  description: 'a value that is unrendered template text (${X}, $X, {{ x }}, <x>, %(x)s), which Patroni uses as written',
  check(ctx) {
    const skip = unread(ctx);
    const values = templateValues(ctx.root).filter((t) => !t.unknownKey && !skip.some((s) => s.every((k, i) => t.path[i] === k)));
    const templateFile = templateValues(ctx.root).length >= TEMPLATE_FILE_VALUES;
    return values.map((t): Finding => {
      const where = formatPath(t.path);
      const key = t.path[t.path.length - 1];
      const secret = isSecretKey(typeof key === 'string' ? key : undefined, schemaAt(t.path.filter((p): p is string => typeof p === 'string')));
      const what = secret ? `${where} looks like an unrendered template value (a secret, not shown)` : `${where} is ${shown(t.value.value)}, an unrendered template value`;
      const own = ownPatroniVariable(t.path, t.value, ctx.patroni);
      if (own) {
        return { message: `${what}, naming ${own}, the variable Patroni itself reads for this key: set in Patroni's environment it replaces this value, which is then never read; without it Patroni uses the text as written`, severity: 'info', ...at(t.value) };
      }
      const file = templateFile ? ' (the file is a template: render it before Patroni reads it)' : '; render the file before Patroni reads it';
      return { message: `${what}: Patroni expands no variables in its YAML and uses the text as written${file}`, ...(templateFile && { severity: 'info' as const }), ...at(t.value) };
    });
  },
};
