/** What the lint command line accepts, kept apart so that defining the command loads nothing else. */
export const LINT_FORMATS = ['text', 'json', 'github', 'sarif', 'gitlab'] as const;

/** Commander collector for options given several times and/or as comma lists. */
export function collectList(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), ...value.split(',').map((s) => s.trim()).filter(Boolean)];
}
