/**
 * Where JSON.parse stopped, as a line and a column counted from 1, read from its message: a
 * mentor who edited a pack by hand needs the place of a comma too many, not "invalid JSON".
 * Chromium says "… at position 57 (line 4 column 3)" (older: only the position), Firefox
 * "… at line 4 column 3 of the JSON data", both "Unexpected end" for text that stops short.
 */
export function jsonErrorAt(text: string, error: unknown): { line: number; column: number } | null {
  const message = error instanceof Error ? error.message : '';
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  if (position) return placeOf(text, Number(position[1]));
  if (/unexpected end/i.test(message)) return placeOf(text, text.length);
  return null;
}

function placeOf(text: string, offset: number): { line: number; column: number } {
  const lines = text.slice(0, offset).split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}
