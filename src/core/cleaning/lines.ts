import type { Unit } from './units';

/**
 * Flat text → units: one unit per non-blank line, grouped by blank lines.
 * Scraped news text has one paragraph per line; text wrapped at a fixed width
 * (e-mail, some .txt files) is detected and its lines joined back into paragraphs.
 */
export function textUnits(text: string): Unit[] {
  const lines: { text: string; group: number }[] = [];
  let group = 0;
  let blank = true;
  for (const raw of text.split(/\r\n|\r|\n|\u2028|\u2029/u)) {
    // Trim what String.prototype.trim trims (spaces, NBSP, BOM); invisible format characters stay, they are part of the line.
    const line = raw.trim();
    if (line === '') {
      if (!blank) group++;
      blank = true;
      continue;
    }
    blank = false;
    lines.push({ text: line, group });
  }
  const width = wrapWidth(lines);
  if (width === null) return lines.map((l) => ({ text: l.text, kind: null, group: l.group }));
  const units: Unit[] = [];
  let previousLength = 0;
  for (const line of lines) {
    const last = units[units.length - 1];
    // A line that came close to the width was cut by the wrap: the next line of its group continues it.
    if (last && last.group === line.group && previousLength >= width - 25) {
      // Keep a hyphen that ended a line ("peut-" + "être"), else join with a space.
      last.text += last.text.endsWith('-') ? line.text : ' ' + line.text;
    } else {
      units.push({ text: line.text, kind: null, group: line.group });
    }
    previousLength = line.text.length;
  }
  return units;
}

/** The width the text was wrapped at, or null when lines were not wrapped. */
function wrapWidth(lines: { text: string; group: number }[]): number | null {
  if (lines.length < 6) return null;
  const lengths = lines.map((l) => l.text.length).sort((a, b) => a - b);
  const width = lengths[Math.floor(lengths.length * 0.9)] ?? 0;
  if (width < 40 || width > 100 || (lengths[lengths.length - 1] ?? 0) > width + 12) return null;
  // Wrapped text: most lines that have a next line in their group come close to the width.
  let continued = 0;
  let full = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (lines[i]!.group !== lines[i + 1]!.group) continue;
    continued++;
    if (lines[i]!.text.length >= width - 25) full++;
  }
  // A handful of full lines can be chance; a wrapped text has many.
  return continued >= 6 && full >= 5 && full >= continued * 0.6 ? width : null;
}
