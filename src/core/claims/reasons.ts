import type { ScoreReason } from '../model';

/**
 * Words for the reason codes of a check-worthiness score, in the UI's
 * languages, so the claim panel can say why a sentence was suggested:
 * "Reported speech: «craint» (+1.2)".
 */
const LABELS: Record<string, Record<string, string>> = {
  en: {
    'direct-quote': 'Direct quote',
    'short-quote': 'Quoted words',
    'reported-speech': 'Reported speech',
    number: 'Number',
    quantity: 'Quantity',
    date: 'Date',
    comparison: 'Comparison',
    superlative: 'Superlative or first',
    prediction: 'Prediction or modality',
    'named-entity': 'Named people or places',
    institution: 'Institution',
    policy: 'Decision, law or sanction',
    event: 'Event',
    harm: 'Health or harm',
    opinion: 'Opinion',
    boilerplate: 'Site text',
    question: 'Question',
    short: 'Very short',
    fragment: 'Not a sentence',
    unpunctuated: 'Headline-like line',
    speaker: 'Speaker named',
    repeated: 'Repeated in the article',
    'learned-ranker': 'Learned ranker (English)',
  },
  fr: {
    'direct-quote': 'Citation directe',
    'short-quote': 'Mots cités',
    'reported-speech': 'Discours rapporté',
    number: 'Nombre',
    quantity: 'Quantité',
    date: 'Date',
    comparison: 'Comparaison',
    superlative: 'Superlatif ou première',
    prediction: 'Prédiction ou modalité',
    'named-entity': 'Personnes ou lieux nommés',
    institution: 'Institution',
    policy: 'Décision, loi ou sanction',
    event: 'Événement',
    harm: 'Santé ou danger',
    opinion: 'Opinion',
    boilerplate: 'Texte du site',
    question: 'Question',
    short: 'Très court',
    fragment: 'Pas une phrase',
    unpunctuated: 'Ligne de titre',
    speaker: 'Locuteur nommé',
    repeated: 'Répété dans l’article',
    'learned-ranker': 'Modèle appris (anglais)',
  },
};

/** The label of a reason code in a UI language (English when the language or the code is unknown). */
export function reasonLabel(code: string, lang = 'en'): string {
  return LABELS[lang.slice(0, 2)]?.[code] ?? LABELS.en![code] ?? code;
}

/** One line for the claim panel: "Reported speech: «craint» (+1.2)". */
export function describeReason(reason: ScoreReason, lang = 'en'): string {
  const weight = `${reason.weight >= 0 ? '+' : '−'}${Math.abs(reason.weight).toFixed(1)}`;
  const evidence = reason.evidence ? `: «${reason.evidence}»` : '';
  return `${reasonLabel(reason.code, lang)}${evidence} (${weight})`;
}
