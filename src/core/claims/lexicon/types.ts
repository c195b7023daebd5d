/**
 * The words a language uses to signal a check-worthy claim and its speaker.
 * Lexicons are data: a new language is a new file of word lists, not new code.
 * Phrases are space-separated tokens as `tokenize` cuts them (so "d'après" is
 * written "d' après"); "…" inside a phrase matches a gap of up to six tokens
 * ("premier … depuis").
 */
export interface ClaimLexicon {
  lang: string;
  /** Verbs of saying. A quotation attributed with one of these is a quote ("a dit", "said"). */
  speechVerbs: string[];
  /** Verbs reporting a belief, fear, finding or announcement ("craint", "estime", "fears", "indicated"). */
  reportVerbs: string[];
  /**
   * Reporting verbs that may come before their subject after a quotation or a
   * comma ("…, said Smith"). Empty means every speech and report verb may (French
   * incises: «…», a dit M. Kim; …, estime Berne).
   */
  invertibleVerbs: string[];
  /** Words between a subject and its verb that are not part of the subject ("this week", "hier", "also"). */
  subjectFillers: string[];
  /** Prepositions after a participle that show it is an adjective, not a reporting verb ("deaths announced in New York"). */
  participlePrepositions: string[];
  /** Auxiliaries that stand between a subject and a participle ("a", "avait", "has"). */
  auxiliaries: string[];
  /** Words that may sit between the auxiliary, the verb and an inverted subject ("encore", "pour sa part", "also"). */
  attributionFillers: string[];
  /** Introduces a source: "selon", "d' après", "according to". */
  according: string[];
  /** At the head of a sentence, before a name and a comma, introduces a source: "Pour Jan Hamáček, …". */
  leadingAccording: string[];
  /** Modality and future: "pourrait", "will", "expected to". */
  prediction: string[];
  /** Endings of future and conditional verb forms (French "-eront", "-erait"). */
  futureSuffixes: string[];
  /** Words that look like a future form but are not. */
  futureExceptions: string[];
  /** Numbers written as words ("six people", "huit véhicules sur dix"). */
  numberWords: string[];
  /** Harm, health and efficacy words: claims about what poisons, kills or cures are classic check-worthy claims. */
  harm: string[];
  comparison: string[];
  superlative: string[];
  /** Quantity words that stand alone: "%", "millions", "la moitié", "$". */
  quantity: string[];
  /** Units and counted nouns, a quantity only after a number: "45 tonnes", "20 cas". */
  units: string[];
  /** Months, weekdays and relative dates. */
  dateWords: string[];
  /** Institutions and official bodies: "gouvernement", "police", "ministry". */
  institutions: string[];
  /** Decisions, laws, bans, sanctions. */
  policy: string[];
  /** Verbs of a reported event: "arrested", "killed", "interdit". */
  eventVerbs: string[];
  /** Past-tense auxiliaries that, before a participle, mark a completed event. */
  eventAuxiliaries: string[];
  /** Personal opinion and rhetoric, which lower check-worthiness. */
  opinion: string[];
  /** Site furniture, never a claim: "abonnez-vous", "newsletter", "share". */
  boilerplate: string[];
  /** Subject pronouns that carry the previous speaker ("il", "she"). */
  personPronouns: string[];
  /** Plural or impersonal subject pronouns ("ils", "they") — carried only from a plural or institutional speaker. */
  pluralPronouns: string[];
  /** Phrases that refer back to the last speaker: "selon lui", "à ses yeux", "he added". */
  backReferences: string[];
  determiners: string[];
  possessives: string[];
  /** Nouns naming a role: a mention "le porte-parole du Kremlin" resolves to the name given next to it. */
  roles: string[];
  /** Honorifics before a name ("m", "mme", "mr", "dr"), lower-cased without the period. */
  titles: string[];
  /** Words that end a speaker noun phrase ("qui", "dont", "lors", "which", "during"). */
  phraseStoppers: string[];
  /** Lower-case words allowed inside a name or role phrase ("de", "du", "of", "the"). */
  phraseConnectors: string[];
  /** A source that is a document, whose author is the speaker ("une vidéo publiée par le Kremlin"). */
  documentNouns: string[];
  /** Words after "selon"/"according to" that are not speakers ("selon les mesures en vigueur"). */
  nonAgents: string[];
  /** Agent prepositions after a document noun ("par", "de", "by", "from"). */
  agentPrepositions: string[];
  /** Capitalized words that are not names (sentence openers, days, generic nouns). */
  notNames: string[];
  /*
   * The lists below serve attribution only: they are not looked up as signals,
   * so they change no check-worthiness score.
   */
  /**
   * Head nouns of organisations and authorities ("préfecture", "agence", "council", "trust"): a phrase
   * headed by one is an organisation, the source of its own decisions and figures.
   */
  organisations: string[];
  /**
   * Nouns describing a person by what they do ("la toxicologue", "the engineer"): they name the person
   * introduced with them, or else the person last quoted.
   */
  professions: string[];
  /** Negative and indefinite pronouns, never a speaker ("Personne", "nobody", "chacun"). */
  indefinites: string[];
  /** Auxiliaries of a completed or ongoing passive, before its participle and agent ("a été", "been", "is being"). */
  passiveAuxiliaries: string[];
  /** Words before a source named at the end of a sentence ("a-t-on appris auprès de", "said a spokesman for"). */
  sourcePrepositions: string[];
  /** Nouns of people writing a study or a survey ("chercheurs", "researchers", "auteurs"). */
  authorNouns: string[];
  /** Words that introduce the periodical a study appeared in ("revue", "journal"). */
  journalNouns: string[];
  /** Verbs that continue a speaker's words ("poursuit", "continued", "ajoute"). */
  continuationVerbs: string[];
}
