import type { SpeakerEntry } from './coreference';
import { nameKey } from './names';

/**
 * The article's speaker list as the user edits it: rename a speaker, merge
 * several into one. Pure: each function returns new arrays and leaves its
 * inputs alone, so the services can store the result and record the change.
 */

interface HasSpeaker {
  speaker: string | null;
}

/** Same speaker, up to case, accents and hyphens ("Kim Jong-un" = "Kim Jong Un"). */
export function sameSpeaker(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return nameKey(a) === nameKey(b);
}

/** Every claim of `from` now names `to`. */
export function renameSpeaker<T extends HasSpeaker>(claims: readonly T[], from: string, to: string): T[] {
  return claims.map((c) => (sameSpeaker(c.speaker, from) ? { ...c, speaker: to } : c));
}

/** Every claim of any of `names` now names `into`. */
export function mergeSpeakers<T extends HasSpeaker>(claims: readonly T[], names: readonly string[], into: string): T[] {
  return claims.map((c) => (c.speaker !== null && names.some((n) => sameSpeaker(c.speaker, n)) ? { ...c, speaker: into } : c));
}

/** The speaker list after a rename: the old name becomes an alias of the new one. */
export function renameInList(entries: readonly SpeakerEntry[], from: string, to: string): SpeakerEntry[] {
  return mergeInList(entries, [from], to);
}

/** The speaker list after a merge: one entry named `into`, holding every merged name and alias as aliases. */
export function mergeInList(entries: readonly SpeakerEntry[], names: readonly string[], into: string): SpeakerEntry[] {
  const merged = entries.filter((e) => names.some((n) => sameSpeaker(e.name, n)) || sameSpeaker(e.name, into));
  if (merged.length === 0) return [...entries, { name: into, aliases: [...names], kind: 'other' }];
  const aliases = new Set<string>();
  for (const e of merged) {
    if (!sameSpeaker(e.name, into)) aliases.add(e.name);
    for (const a of e.aliases) if (!sameSpeaker(a, into)) aliases.add(a);
  }
  const kind = merged.find((e) => e.kind === 'person')?.kind ?? merged[0]!.kind;
  const entry: SpeakerEntry = { name: into, aliases: [...aliases], kind };
  const out: SpeakerEntry[] = [];
  let placed = false;
  for (const e of entries) {
    if (merged.includes(e)) {
      if (!placed) out.push(entry);
      placed = true;
    } else out.push(e);
  }
  return out;
}

/** The speakers of a list of claims with how many claims each has, most first. */
export function speakerCounts(claims: readonly HasSpeaker[]): { name: string; claims: number }[] {
  const counts = new Map<string, { name: string; claims: number }>();
  for (const c of claims) {
    if (c.speaker === null) continue;
    const key = nameKey(c.speaker);
    const known = counts.get(key);
    if (known) known.claims++;
    else counts.set(key, { name: c.speaker, claims: 1 });
  }
  return [...counts.values()].sort((a, b) => b.claims - a.claims || a.name.localeCompare(b.name));
}

/** The canonical name a user-typed or stored mention stands for in a speaker list, or null. */
export function canonicalIn(entries: readonly SpeakerEntry[], mention: string): string | null {
  for (const e of entries) if (sameSpeaker(e.name, mention) || e.aliases.some((a) => sameSpeaker(a, mention))) return e.name;
  return null;
}
