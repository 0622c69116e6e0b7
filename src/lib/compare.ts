/**
 * The one text order of the site: Unicode code points, the same on every machine. Not `localeCompare`, whose order
 * depends on the ICU data and locale of the machine running the build; not a bare `.sort()`, which compares UTF-16
 * code units and so puts an emoji (a surrogate pair) before `ｱ` (U+FF71).
 */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const left = a[Symbol.iterator]();
  const right = b[Symbol.iterator]();
  for (;;) {
    const x = left.next();
    const y = right.next();
    if (x.done || y.done) return x.done ? (y.done ? 0 : -1) : 1;
    const difference = x.value.codePointAt(0)! - y.value.codePointAt(0)!;
    if (difference !== 0) return difference < 0 ? -1 : 1;
  }
}
