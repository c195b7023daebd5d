/**
 * Abbreviations that end in a period without ending the sentence, per language.
 * Data, not code: the segmenter only asks "is this word an abbreviation of this kind?".
 */

export interface AbbreviationSet {
  /** Case-sensitive titles before a name ("M. Kim", "Dr. Ho"): never a sentence end. */
  titles: ReadonlySet<string>;
  /** Lower-cased abbreviations that are followed by more of the same sentence ("p. ex.", "cf.", "env."). */
  inner: ReadonlySet<string>;
  /** Lower-cased abbreviations that stand before a number ("No. 5", "art. 3", "p. 12"). */
  beforeNumber: ReadonlySet<string>;
  /** Month names: "1. Januar" in German is a date, not a sentence end. */
  months: ReadonlySet<string>;
  /** Words that commonly open a sentence: after an ambiguous dotted acronym ("U.S.") they signal a break. */
  sentenceStarters: ReadonlySet<string>;
}

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

const COMMON_TITLES = 'Dr Dre Pr Prof St Ste Mgr Me Mr Mrs Ms Messrs Mmes Mme Mlle Mlles MM M Jr Sr Gen Gén Lt Col Capt Cpt Sgt Cmdr Adm Gov Sen Rep Rev Hon Pres Supt Insp Det';
const COMMON_INNER = 'cf vs ca env approx resp av apr ex p pp éd ed eds dir coord vol chap fig réf ref tél tel hab mio mrd bzw vgl evtl ggf inkl usw zb dh ua sog ecc pag ad sig sigg dott ing avv ud uds sra srta dña col cía aprox';
const COMMON_BEFORE_NUMBER = 'no nr nos n art p pp vol fig ch chap al ann tab sect s para par jan feb febr mar apr jun jul aug sep sept oct nov dec janv févr avr juil déc';

const STARTERS: Record<string, string> = {
  en: 'The A An He She It They We I You This That These Those There But And In On At For If When While After Before Its His Her Their Our Some Many Most',
  fr: 'Le La Les L Un Une Des Il Elle Ils Elles On Nous Vous Je Ce Cette Ces Cet Mais Et En Au Aux Dans Pour Selon Si Lorsque Alors Depuis',
  de: 'Der Die Das Ein Eine Er Sie Es Wir Ich Ihr Aber Und In Im Am Auf Für Wenn Als Nach Vor Dies Diese Dieser',
  es: 'El La Los Las Un Una Él Ella Ellos Nosotros Yo Este Esta Estos Pero Y En Para Si Cuando Según',
  it: 'Il Lo La I Gli Le Un Una Uno Lui Lei Loro Noi Io Questo Questa Ma E In Per Se Quando Secondo',
};

const MONTHS: Record<string, string> = {
  de: 'januar jänner februar märz april mai juni juli august september oktober november dezember',
};

const cache = new Map<string, AbbreviationSet>();

/** The abbreviations of a language ("fr", "en", "de", "es", "it"; anything else gets the common set). */
let lastLang = '';
let lastSet: AbbreviationSet | null = null;

export function abbreviationsFor(lang: string): AbbreviationSet {
  if (lang === lastLang && lastSet) return lastSet;
  lastLang = lang;
  lastSet = lookup(lang);
  return lastSet;
}

function lookup(lang: string): AbbreviationSet {
  const key = (lang || 'en').slice(0, 2).toLowerCase();
  let found = cache.get(key);
  if (!found) {
    const titles = COMMON_TITLES + (key === 'de' ? ' Hr Hrn Fr Frl' : '') + (key === 'es' ? ' Sr Sra Srta Dña Dn D Lic Ing' : '') + (key === 'it' ? ' Sig Sigg Dott Avv Ing On Geom' : '');
    found = {
      titles: set(titles),
      inner: set(COMMON_INNER),
      beforeNumber: set(COMMON_BEFORE_NUMBER),
      months: set(MONTHS[key] ?? ''),
      sentenceStarters: set(STARTERS[key] ?? STARTERS.en!),
    };
    cache.set(key, found);
  }
  return found;
}
