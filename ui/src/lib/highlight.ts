// Splits text into plain and highlighted pieces for rendering as text (never
// as HTML: quote text is untrusted).

export interface Piece {
  text: string;
  marked: boolean;
}

/** `ranges` are [start, end) offsets in JavaScript (UTF-16) units. */
export function pieces(text: string, ranges: ReadonlyArray<readonly [number, number]>): Piece[] {
  const sorted = [...ranges]
    .map(([s, e]) => [Math.max(0, s), Math.min(text.length, e)] as const)
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  const out: Piece[] = [];
  let at = 0;
  for (const [s, e] of sorted) {
    if (e <= at) continue;
    const start = Math.max(s, at);
    if (start > at) out.push({ text: text.slice(at, start), marked: false });
    out.push({ text: text.slice(start, e), marked: true });
    at = e;
  }
  if (at < text.length) out.push({ text: text.slice(at), marked: false });
  return out;
}
