/**
 * Parsers for the check-worthiness datasets (pure: they take file contents).
 * CheckThat! 2024 Task 1 TSV: `Sentence_id<TAB>Text<TAB>class_label`, texts
 * sometimes quoted with "" escaping, CRLF line ends in the dev files.
 * ClaimBuster's disjoint set: JSON rows with label 1 (check-worthy factual),
 * 0 (unimportant factual) or -1 (non-factual).
 */

export interface LabelledSentence {
  id: string;
  text: string;
  /** 1 check-worthy, 0 not. */
  label: number;
}

export function parseCheckThatTsv(content: string): LabelledSentence[] {
  const out: LabelledSentence[] = [];
  const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.trim()) continue;
    const first = line.indexOf('\t');
    const last = line.lastIndexOf('\t');
    if (first < 0 || last <= first) continue;
    let text = line.slice(first + 1, last);
    if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) text = text.slice(1, -1).replace(/""/g, '"');
    const label = line.slice(last + 1).trim();
    out.push({ id: line.slice(0, first), text, label: label === 'Yes' ? 1 : 0 });
  }
  return out;
}

export function parseClaimBuster(content: string): LabelledSentence[] {
  const rows = JSON.parse(content) as { sentence_id: number | string; label: number; text: string }[];
  return rows.map((r) => ({ id: `cb-${r.sentence_id}`, text: r.text, label: r.label === 1 ? 1 : 0 }));
}

/** Drops sentences whose text already occurs earlier in the list (the ClaimBuster set overlaps CheckThat! dev). */
export function dedupeByText(rows: readonly LabelledSentence[]): LabelledSentence[] {
  const seen = new Set<string>();
  const out: LabelledSentence[] = [];
  for (const r of rows) {
    const key = r.text.toLowerCase().replace(/\s+/g, ' ').trim();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(r);
  }
  return out;
}

/** Precision, recall and F1 of the positive class. */
export function positiveF1(gold: readonly number[], predicted: readonly number[]): { precision: number; recall: number; f1: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < gold.length; i++) {
    if (predicted[i] === 1 && gold[i] === 1) tp++;
    else if (predicted[i] === 1) fp++;
    else if (gold[i] === 1) fn++;
  }
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
