import type { Node, Pair } from 'yaml';

/** The end of the last line that holds a character of the pair (its trailing comment included), before the line break. */
export function pairEnd(text: string, pair: Pair<Node, Node | null>): number {
  const key = pair.key.range!;
  const value = pair.value?.range;
  let i = value ? value[2] : key[2];
  while (i > key[0] && /\s/.test(text[i - 1]!)) i--;
  const nl = text.indexOf('\n', i);
  const end = nl === -1 ? text.length : nl;
  return text[end - 1] === '\r' ? end - 1 : end;
}
