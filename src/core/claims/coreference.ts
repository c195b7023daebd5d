import type { Token } from '../text/tokens';
import type { CompiledLexicon } from './lexicon/compile';
import { expandAcronym, isAcronym, isShortName, nameKey, nameRuns, nameText, type NameRun } from './names';
import { hasOrganisationWord, organisationEnd } from './organisations';

/** A speaker of an article, with the mentions that were resolved to it. */
export interface SpeakerEntry {
  /** Canonical name ("Kim Jong Un"). */
  name: string;
  /** Other ways the article refers to it ("M. Kim", "Kim", "le dirigeant nord-coréen"). */
  aliases: string[];
  kind: 'person' | 'organization' | 'other';
}

interface NameInfo {
  display: string;
  count: number;
  person: boolean;
  order: number;
  /** Named as an organisation ("la préfecture du Var", an acronym's long form): never a person. */
  organisation: boolean;
  /** The sentence (count of observe calls) where it was last named: descriptions reach the most recent. */
  seen: number;
}

/**
 * The names, roles and acronyms of one article, collected in a first pass so
 * that a short mention anywhere resolves to the full form: "M. Kim" → "Kim Jong
 * Un", "le porte-parole du Kremlin" → "Dmitri Peskov", "l'OFAG" → "Office
 * fédéral de l'agriculture". Pure and per article; the user's renames and
 * merges are applied on top (see speakers.ts).
 */
export class SpeakerRegistry {
  private readonly names = new Map<string, NameInfo>();
  private readonly byToken = new Map<string, string[]>();
  private readonly roles = new Map<string, string>();
  private readonly acronyms = new Map<string, string>();
  private readonly aliases = new Map<string, Set<string>>();
  /** Capitalized words seen after a place preposition ("à Lausanne", "in Chicago"): a city stands for its authorities. */
  private readonly places = new Set<string>();
  private clock = 0;

  /** Records the names, appositions and acronyms of one sentence (tokens relative to `text`). */
  observe(text: string, tokens: readonly Token[], compiled: CompiledLexicon, runs: readonly NameRun[] = nameRuns(tokens, compiled, 0, false)): void {
    this.clock++;
    this.observeOrganisations(text, tokens, compiled);
    for (const run of runs) {
      const shaped = this.observeApposition(text, tokens, run, compiled);
      const nameTokens = countNameTokens(tokens, shaped.nameFrom, shaped.to);
      if (nameTokens >= 2) this.register(nameText(text, tokens, shaped.nameFrom, shaped.to), shaped.titled || shaped.role !== null || shaped.rolePhrase !== null || looksLikePerson(tokens, shaped, compiled));
      else if (nameTokens === 1 && shaped.titled) this.register(nameText(text, tokens, shaped.nameFrom, shaped.to), true, 0);
    }
    for (let i = 1; i + 1 < tokens.length; i++) {
      const t = tokens[i]!;
      if (PLACE_PREPOSITIONS.has(t.lower) && tokens[i + 1]!.capitalized && !tokens[i + 2]?.capitalized) this.places.add(nameKey(tokens[i + 1]!.text));
      if ((isAcronym(t) || isShortName(t)) && tokens[i + 1]!.text === ')') {
        const long = expandAcronym(text, tokens, i, compiled);
        if (long) {
          const key = this.register(long, false, 1, true);
          this.acronyms.set(nameKey(t.text), key);
          this.addAlias(key, t.text);
        }
      }
    }
  }

  /**
   * The canonical speaker for a noun phrase (tokens[from, to) of `text`), or the
   * phrase itself without its determiner when nothing in the article names it.
   */
  resolve(text: string, tokens: readonly Token[], from: number, to: number, compiled: CompiledLexicon): { name: string; person: boolean } | null {
    let start = from;
    while (start < to && (compiled.sets.determiners.has(tokens[start]!.lower) || compiled.sets.possessives.has(tokens[start]!.lower))) start++;
    if (start >= to) return null;
    const mention = text.slice(tokens[from]!.start, tokens[to - 1]!.end);
    // The phrase is itself a known name or acronym ("Office fédéral de l'agriculture", "OFAG").
    const whole = nameKey(text.slice(tokens[start]!.start, tokens[to - 1]!.end));
    const known = this.names.get(whole) ? whole : this.acronyms.get(whole);
    if (known) {
      // Through canonical(): a titled surname seen alone ("M. Dupont") still reaches the full name.
      const found = this.canonical(this.names.get(known)!.display);
      this.addAlias(nameKey(found.name), mention);
      return found;
    }
    // «les chercheurs de l'université Ouverte de Catalogne»: a study's authors are named by the whole phrase.
    if (compiled.sets.authorNouns.has(tokens[start]!.lower) && to - start > 2) return { name: text.slice(tokens[start]!.start, tokens[to - 1]!.end).replace(/\s+/g, ' '), person: false };
    const runs = nameRuns(tokens.slice(start, to), compiled, 0, true);
    const headIsRole = compiled.sets.roles.has(tokens[start]!.lower) || compiled.sets.institutions.has(tokens[start]!.lower) || organisationHead(tokens, start, to, compiled);
    // The head of a speaker phrase is its last name ("Former chief whip Mark Harper",
    // "Department of Correction spokesman Jason Kersten"), unless that name only
    // completes a role ("le porte-parole du Kremlin").
    let chosen: NameRun | null = null;
    for (const run of runs) {
      if (run.nameFrom >= run.to) continue;
      const before = tokens[run.from + start - 1];
      const complement = before !== undefined && compiled.sets.phraseConnectors.has(before.lower) && run.from + start > start;
      if (complement && (headIsRole || chosen)) continue;
      chosen = run;
    }
    // "L'Office fédéral de l'environnement", "la Commission européenne": an institution's name runs on in lower case.
    const head = tokens[start]!;
    if (head.capitalized && compiled.sets.institutions.has(head.lower) && to - start > 1) {
      const phrase = text.slice(head.start, tokens[to - 1]!.end).replace(/\s+/g, ' ');
      const found = this.canonical(phrase);
      this.addAlias(nameKey(found.name), mention);
      return found;
    }
    if (chosen) {
      const found = this.canonical(nameText(text, tokens, chosen.nameFrom + start, chosen.to + start));
      this.addAlias(nameKey(found.name), mention);
      return { name: found.name, person: found.person || chosen.titled || chosen.role !== null };
    }
    const phrase = text.slice(tokens[start]!.start, tokens[to - 1]!.end).replace(/\s+/g, ' ');
    const role = this.roleFor(phrase);
    if (role) {
      this.addAlias(role, mention);
      return { name: this.names.get(role)!.display, person: true };
    }
    return { name: phrase, person: headIsRole };
  }

  /** Canonical form of a name: the full name that contains a short mention, the long form of an acronym. */
  canonical(name: string): { name: string; person: boolean } {
    const key = nameKey(name);
    const acronym = this.acronyms.get(key);
    if (acronym) return this.info(acronym);
    const parts = key.split(' ');
    let best: string | null = null;
    let bestInfo: NameInfo | null = null;
    for (const candidate of this.byToken.get(parts[parts.length - 1]!) ?? []) {
      const info = this.names.get(candidate)!;
      if (!containsAll(candidate, parts)) continue;
      // "Kim" → "Kim Jong Un" and "Phoenix" → "Joaquin Phoenix", but "Department" is not "Chicago Department".
      if (candidate !== key && !info.person) continue;
      if (!bestInfo || info.count > bestInfo.count || (info.count === bestInfo.count && candidate.length < best!.length)) {
        best = candidate;
        bestInfo = info;
      }
    }
    if (best) return this.info(best);
    // "Intérieur Jan Hamáček" (a role's complement glued to the name): the longest known tail.
    for (let k = 1; k < parts.length - 1; k++) {
      const tail = parts.slice(k).join(' ');
      if (this.names.has(tail)) return this.info(tail);
    }
    return { name, person: false };
  }

  /**
   * "la préfecture du Var", "the county council", "l'Agence nationale du sport": organisations named by a
   * phrase (a determiner, then a phrase headed by an organisation noun) are names of the article too, so that
   * "la préfecture" or "the agency" later reaches them.
   */
  private observeOrganisations(text: string, tokens: readonly Token[], compiled: CompiledLexicon): void {
    const s = compiled.sets;
    if (!hasOrganisationWord(tokens, 0, tokens.length, compiled)) return;
    for (let i = 0; i < tokens.length; i++) {
      const prev = tokens[i - 1];
      if (prev && !s.determiners.has(prev.lower) && !s.possessives.has(prev.lower) && prev.kind !== 'mark') continue;
      const t = tokens[i]!;
      if (t.kind !== 'word' || s.determiners.has(t.lower)) continue;
      const end = organisationEnd(text, tokens, i, compiled);
      if (end - i < 2 && !(end > i && t.capitalized)) {
        // «La préfecture a décidé…», "The council rejected…": the organisation named before is the one spoken of now.
        if (end > i && prev) {
          const named = this.organisationFor([t.lower]);
          if (named) this.names.get(nameKey(named))!.seen = this.clock;
        }
        continue;
      }
      // A name that is also an acronym's long form, or a capitalized run, is kept as written.
      this.register(text.slice(t.start, tokens[end - 1]!.end).replace(/\s+/g, ' '), false, 1, true);
      i = end - 1;
    }
  }

  /**
   * The organisation a description names ("l'agence", "the county council", "la préfecture"): the most
   * recently named organisation whose name holds all of `words`, or null.
   */
  organisationFor(words: readonly string[]): string | null {
    const wanted = words.map((w) => nameKey(w));
    let best: NameInfo | null = null;
    for (const [key, info] of this.names) {
      if (!info.organisation) continue;
      const parts = ` ${key} `;
      if (!wanted.every((w) => parts.includes(` ${w} `))) continue;
      if (!best || info.seen > best.seen || (info.seen === best.seen && info.display.length > best.display.length)) best = info;
    }
    return best?.display ?? null;
  }

  /** The organisation named most recently, if within `reach` sentences. */
  lastOrganisation(reach: number): string | null {
    let best: NameInfo | null = null;
    for (const info of this.names.values()) if (info.organisation && (!best || info.seen > best.seen)) best = info;
    return best && this.clock - best.seen <= reach ? best.display : null;
  }

  /** The person a role or a profession was given to ("la toxicologue Anne Ribeiro" → "toxicologue"), or null. */
  personFor(description: string): string | null {
    const key = this.roleFor(description);
    return key ? this.names.get(key)!.display : null;
  }

  /** Whether the name is an organisation: named as one, or a place standing for its authorities ("Lausanne", "Chicago"). */
  isOrganisation(name: string): boolean {
    const key = nameKey(name);
    return this.names.get(key)?.organisation === true || this.acronyms.has(key) || this.places.has(key);
  }

  /** Every speaker the article's mentions resolved to, with their aliases. */
  entries(used: Iterable<string>): SpeakerEntry[] {
    const out: SpeakerEntry[] = [];
    const seen = new Set<string>();
    for (const name of used) {
      const key = nameKey(name);
      if (seen.has(key)) continue;
      seen.add(key);
      const info = this.names.get(key);
      const aliases = [...(this.aliases.get(key) ?? [])].filter((a) => a !== name);
      out.push({ name, aliases, kind: info ? (info.person ? 'person' : 'organization') : this.places.has(key) ? 'organization' : 'other' });
    }
    return out;
  }

  private info(key: string): { name: string; person: boolean } {
    const info = this.names.get(key)!;
    return { name: info.display, person: info.person };
  }

  private register(display: string, person: boolean, weight = 1, organisation = false): string {
    const key = nameKey(display);
    const known = this.names.get(key);
    if (known) {
      known.count += weight;
      known.organisation ||= organisation;
      known.person = (known.person || person) && !known.organisation;
      known.seen = this.clock;
      return key;
    }
    this.names.set(key, { display, count: weight, person: person && !organisation, order: this.names.size, organisation, seen: this.clock });
    for (const part of key.split(' ')) {
      const list = this.byToken.get(part) ?? [];
      list.push(key);
      this.byToken.set(part, list);
    }
    return key;
  }

  private addAlias(key: string, mention: string): void {
    const clean = mention.replace(/\s+/g, ' ').trim();
    if (!clean) return;
    const set = this.aliases.get(key) ?? new Set<string>();
    set.add(clean);
    this.aliases.set(key, set);
  }

  private roleFor(phrase: string): string | null {
    const key = nameKey(phrase);
    const exact = this.roles.get(key);
    if (exact) return exact;
    // "le ministre" when the article only ever named one "ministre de la Santé".
    let found: string | null = null;
    for (const [role, name] of this.roles) {
      if (role.startsWith(key + ' ') || key.startsWith(role + ' ')) {
        if (found && found !== name) return null;
        found = name;
      }
    }
    return found;
  }

  /**
   * Looks for a role next to a name run: "le porte-parole du Kremlin, Dmitri
   * Peskov", "le ministre de la Santé Roman Prymula", "Jaroslav Faltýnek,
   * président du groupe parlementaire". Registers the role as an alias and
   * returns the run with the name part corrected.
   */
  private observeApposition(text: string, tokens: readonly Token[], run: NameRun, compiled: CompiledLexicon): NameRun & { rolePhrase: string | null } {
    let nameFrom = run.nameFrom;
    let rolePhrase: string | null = null;
    if (run.role && nameFrom < run.to) rolePhrase = nameText(text, tokens, run.role.from, run.role.to);
    // A role before the run: walk back over modifiers ("président russe", "porte-parole du Kremlin ,").
    let k = run.from - 1;
    const complement = compiled.sets.phraseConnectors.has(tokens[k]?.lower ?? '') && countNameTokens(tokens, nameFrom, run.to) < 3;
    if (tokens[k]?.text === ',') k--;
    // "porte-parole du Kremlin": a short name right after a connector completes a role, it is not named by it.
    if (complement) k = -1;
    const floor = Math.max(0, k - 6);
    for (; k >= floor; k--) {
      const t = tokens[k]!;
      if (t.kind === 'mark') break;
      // Only modifiers stand between a role and its name: a verb, a stop word or a second determiner ends the search.
      const s = compiled.sets;
      const role = s.roles.has(t.lower) || s.professions.has(t.lower);
      if (!role && (s.speechVerbs.has(t.lower) || s.reportVerbs.has(t.lower) || s.auxiliaries.has(t.lower) || (s.phraseStoppers.has(t.lower) && !s.phraseConnectors.has(t.lower)) || (s.determiners.has(t.lower) && !s.phraseConnectors.has(t.lower)))) break;
      if (role) {
        const prev = tokens[k - 1];
        const roleStart = prev && (compiled.sets.roles.has(prev.lower) || compiled.sets.professions.has(prev.lower)) ? k - 1 : k;
        if (compiled.sets.phraseConnectors.has(tokens[run.from - 1]?.lower ?? '') && countNameTokens(tokens, nameFrom, run.to) >= 3) {
          // "ministre de la Santé Roman Prymula": the first capitalized word completes the role.
          nameFrom = lastNameTokens(tokens, nameFrom, run.to, 2);
        }
        let roleEnd = run.from - 1;
        while (roleEnd > roleStart && tokens[roleEnd]!.text === ',') roleEnd--;
        // A title is no part of the role («l'avocat de la défense, Maître Olivier Brunet»).
        const end = nameFrom > run.from && !run.titled ? nameFrom : roleEnd + 1;
        rolePhrase = text.slice(tokens[roleStart]!.start, tokens[end - 1]!.end).replace(/\s+/g, ' ');
        break;
      }
      if (t.capitalized && !compiled.sets.phraseConnectors.has(tokens[k - 1]?.lower ?? '') && !compiled.sets.roles.has(tokens[k - 1]?.lower ?? '')) break;
    }
    // A role after the run: "Jaroslav Faltýnek, président du groupe parlementaire du parti ANO".
    if (!rolePhrase && tokens[run.to]?.text === ',' && (run.titled || countNameTokens(tokens, nameFrom, run.to) >= 2)) {
      let r = run.to + 1;
      if (tokens[r] && compiled.sets.determiners.has(tokens[r]!.lower)) r++;
      if (tokens[r] && (compiled.sets.roles.has(tokens[r]!.lower) || compiled.sets.professions.has(tokens[r]!.lower))) {
        const s = compiled.sets;
        let e = r + 1;
        while (e < tokens.length && e - r < 6) {
          const t = tokens[e]!;
          if (t.kind === 'mark' || (s.phraseStoppers.has(t.lower) && !s.phraseConnectors.has(t.lower)) || s.auxiliaries.has(t.lower) || s.predictionWords.has(t.lower) || s.speechVerbs.has(t.lower) || s.reportVerbs.has(t.lower)) break;
          e++;
        }
        while (e > r + 1 && s.phraseConnectors.has(tokens[e - 1]!.lower)) e--;
        rolePhrase = text.slice(tokens[r]!.start, tokens[e - 1]!.end);
      }
    }
    if (rolePhrase && nameFrom < run.to && countNameTokens(tokens, nameFrom, run.to) >= 1) {
      const name = nameText(text, tokens, nameFrom, run.to);
      const key = nameKey(name);
      const full = countNameTokens(tokens, nameFrom, run.to) >= 2 ? key : nameKey(this.canonical(name).name);
      if (!this.names.has(full)) this.register(name, true, 0);
      this.roles.set(nameKey(rolePhrase), full);
    }
    return { ...run, nameFrom, rolePhrase };
  }
}

const PLACE_PREPOSITIONS = new Set(['à', 'en', 'in', 'at']);

/** "water company in the south of Wales": an organisation noun heads the phrase (before its first complement), so a name after it only completes it. */
function organisationHead(tokens: readonly Token[], from: number, to: number, compiled: CompiledLexicon): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (compiled.sets.organisations.has(t.lower) && !t.capitalized) return true;
    if (t.capitalized || compiled.sets.phraseStoppers.has(t.lower) || compiled.sets.phraseConnectors.has(t.lower)) return false;
  }
  return false;
}

/** Two or three capitalized words, no institution word, no acronym, no "the" before: probably a person ("Joaquin Phoenix"). */
function looksLikePerson(tokens: readonly Token[], run: NameRun, compiled: CompiledLexicon): boolean {
  const n = run.to - run.nameFrom;
  if (n < 2 || n > 4) return false;
  const before = tokens[run.from - 1];
  if (before && compiled.sets.determiners.has(before.lower)) return false;
  // “Marriage Story”: a title in quotation marks.
  const after = tokens[run.to];
  if ((before && (before.text === '“' || before.text === '«' || before.text === '"')) || (after && (after.text === '”' || after.text === '»' || after.text === '"'))) return false;
  for (let i = run.nameFrom; i < run.to; i++) {
    const t = tokens[i]!;
    if (compiled.sets.institutions.has(t.lower) || isAcronym(t) || compiled.sets.dateWords.has(t.lower)) return false;
  }
  return true;
}

function countNameTokens(tokens: readonly Token[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (tokens[i]!.capitalized) n++;
  return n;
}

function lastNameTokens(tokens: readonly Token[], from: number, to: number, keep: number): number {
  let n = 0;
  for (let i = to - 1; i >= from; i--) {
    if (tokens[i]!.capitalized) n++;
    if (n === keep) return i;
  }
  return from;
}

function containsAll(key: string, parts: readonly string[]): boolean {
  const words = ` ${key} `;
  for (const p of parts) if (!words.includes(` ${p} `)) return false;
  return true;
}
