/**
 * Which existing text shows each wanted line: a text already holding a line's words (and colour)
 * keeps them, so it is not re-rendered; the lines left over take the texts left over, in order, and
 * `undefined` means a new text is needed. Every text is used at most once.
 *
 * `shown[i]` is what text i holds now (hidden texts keep their canvas, so they count too); `wanted[j]`
 * is line j, each as one comparable string.
 */
export function assignTexts(shown: readonly string[], wanted: readonly string[]): (number | undefined)[] {
  const holding = new Map<string, number[]>();
  shown.forEach((value, i) => {
    const list = holding.get(value);
    if (list) list.push(i);
    else holding.set(value, [i]);
  });
  const taken = new Set<number>();
  const result: (number | undefined)[] = wanted.map((value) => {
    const index = holding.get(value)?.shift();
    if (index !== undefined) taken.add(index);
    return index;
  });
  let free = 0;
  return result.map((index) => {
    if (index !== undefined) return index;
    while (taken.has(free)) free++;
    if (free >= shown.length) return undefined;
    taken.add(free);
    return free;
  });
}
