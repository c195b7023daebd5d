import type { LanguageRules } from './types';

/**
 * Rules no language owns: agency names, photo agencies, rights tags, script
 * text, counters and player controls.
 */

/** News agencies: the signature's token (lower case) → the outlet's usual name. */
export const AGENCIES: Record<string, string> = {
  ats: 'ATS',
  sda: 'SDA',
  'keystone-ats': 'Keystone-ATS',
  'keystone-sda': 'Keystone-SDA',
  afp: 'AFP',
  'agence france-presse': 'AFP',
  ap: 'AP',
  'associated press': 'AP',
  reuters: 'Reuters',
  dpa: 'dpa',
  apa: 'APA',
  ansa: 'ANSA',
  efe: 'EFE',
  belga: 'Belga',
  anp: 'ANP',
  jiji: 'JIJI',
  'jiji press': 'JIJI',
  kyodo: 'Kyodo',
  'kyodo news': 'Kyodo',
  xinhua: 'Xinhua',
  yonhap: 'Yonhap',
  tass: 'TASS',
  interfax: 'Interfax',
  'pa media': 'PA',
  bloomberg: 'Bloomberg',
  lusa: 'Lusa',
  'čtk': 'ČTK',
  ctk: 'ČTK',
  anadolu: 'Anadolu',
  'presse canadienne': 'La Presse canadienne',
  'la presse canadienne': 'La Presse canadienne',
  'canadian press': 'The Canadian Press',
};

/** Agencies whose bare name on a line is a signature (short tokens like "PA" only count on their own line). */
const AGENCY_NAMES = [...Object.keys(AGENCIES), 'pa', 'cp'];

/** Photo agencies and credit words that end or start a photo credit. */
const PHOTO_AGENCIES = [
  'AFP', 'AP', 'Reuters', 'Getty', 'Getty Images', 'EPA', 'EPA-EFE', 'Keystone', 'dpa', 'Kyodo', 'Kyodo News', 'Xinhua',
  'imago', 'imago images', 'IMAGO', 'PA', 'PA Images', 'PA Wire', 'Shutterstock', 'Sipa', 'Abaca', 'Photononstop',
  'Hans Lucas', 'Maxppp', 'Bloomberg', 'Alamy', 'ANP', 'ANSA', 'ČTK', 'Anadolu', 'NurPhoto', 'Zuma', 'ZUMA Press',
  'SOPA Images', 'LightRocket', 'Corbis', 'Archives', 'Keystone-SDA', 'Keystone-ATS', 'KCNA', 'UPI', 'UPI Photo', 'Wikimedia Commons',
];

const agencyAlt = AGENCY_NAMES.map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
const photoAlt = [...PHOTO_AGENCIES]
  .sort((a, b) => b.length - a.length)
  .map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
  .join('|');
/** Words that introduce a photo credit, in the languages we read. */
const CREDIT_WORDS = 'photos?|images?|fotos?|bild|crédits?(?:\\s+photos?)?|credits?|photo\\s+credit|photograph|illustrations?|picture';

export const commonRules: LanguageRules = {
  language: '*',
  keep: [
    // An embedded tweet: "— Elon Musk (@elonmusk) March 16, 2020" after the tweet's text.
    { block: 'quote', pattern: /^[—–-]\s*[^()]{1,60}\(@\w{1,30}\)\s+\S.{0,40}\d{4}$/u, withPrevious: true, requires: ['(@'] },
  ],
  lines: [
    // Script or style text shown as text.
    { kind: 'script', pattern: /<\/?(?:script|style|iframe|noscript)\b|\bfunction\s*\(|\b(?:var|let|const)\s+[\w$]+\s*=|document\.(?:write|createElement|getElementById|querySelector|head|body)|window\.[\w$]+\s*[=(]/u, requires: ['<', '=', 'function', 'document.', 'window.'] },
    // A CSS rule: selector characters only up to the brace (one character class: no backtracking blow-up).
    { kind: 'script', pattern: /^[\w\s.#:>,+~*="'[\]()-]{1,200}\{[^{}]*:[^{}]*\}/u, requires: ['{'] },
    { kind: 'script', pattern: /^\{\s*"[@\w-]+"\s*:/u },
    // A client-side template's placeholder ("{{article.title}}", "{{…contentDetailController…}}", "{% block %}"): code, never text.
    { kind: 'script', pattern: /\{\{[^{}]{1,300}\}\}|\{%[^%]{1,300}%\}/u, requires: ['{{', '{%'] },
    // Rights tags and copyright lines.
    { kind: 'rights-tag', pattern: /^[A-Z]{2,}(?:x[A-Z]{2,}){2,}\b.*$/u, maxWords: 12 },
    { kind: 'rights-tag', pattern: /^(?:©|\(c\)\s*\d{4}|copyright\b).*$/iu, maxWords: 40 },
    { kind: 'rights-tag', pattern: /\b(?:all rights reserved|tous droits réservés|alle rechte vorbehalten)\b/iu, maxWords: 20, requires: ['right', 'droit', 'rechte'] },
    // Agency signatures: "ATS", "(ats/nxp)", "ats/afp/nxp", "AFP/Reuters".
    { kind: 'credit', pattern: new RegExp(`^\\(?(?:${agencyAlt})(?:\\s*[/,]\\s*(?:${agencyAlt}|[a-z]{2,6}))*\\)?$`, 'iu'), maxWords: 8 },
    // Photo credits: "imago images / Kyodo News", "IMAGO/UPI Photo", "Nathan Alliard / Photononstop / AFP", "AFP via Getty".
    { kind: 'photo-credit', pattern: new RegExp(`^(?:${photoAlt})(?:\\s*(?:/|via)\\s*[^/]{1,40}){0,3}$`, 'iu'), maxWords: 10 },
    { kind: 'photo-credit', pattern: new RegExp(`^(?:[^/]{1,40}\\s*/\\s*){1,3}(?:${photoAlt})$`, 'iu'), maxWords: 10, requires: ['/'] },
    { kind: 'photo-credit', pattern: new RegExp(`^(?:${CREDIT_WORDS})\\s*:\\s*\\S.{0,80}$`, 'iu'), maxWords: 12 },
    { kind: 'photo-credit', pattern: new RegExp(`^\\((?:${CREDIT_WORDS})\\b[^()]{1,80}\\)$`, 'iu'), maxWords: 16 },
    // Gallery counters: "1/50UK news in pictures", "3 / 12".
    { kind: 'gallery', pattern: /^\d{1,3}\s*\/\s*\d{1,3}(?!\d|[./-]\d)/u, maxWords: 20 },
    // Counters, time codes and player controls: "2", "0:00", "4:22", "/", "⨯".
    { kind: 'share', pattern: /^[\d\s.,:/+-]{1,12}$/u, maxWords: 6 },
    { kind: 'share', pattern: /^[\p{P}\p{S}\p{Cf}\s]{1,6}$/u, maxWords: 6 },
    // A bare address, e-mail or handle.
    { kind: 'share', pattern: /^(?:https?:\/\/|www\.)\S+$/iu, maxWords: 1 },
    { kind: 'share', pattern: /^[\w.+-]+@[\w-]+\.[\w.-]+$/u, maxWords: 1 },
    { kind: 'credit', pattern: /^@\w{1,30}$/u, maxWords: 1 },
    { kind: 'related', pattern: /^(?:#[\p{L}\p{N}_]+[\s,]*){1,8}$/u, maxWords: 8 },
    // The pieces of a byline line split at its separators: "Le Monde |", "| Par …" is read as a byline.
    { kind: 'credit', pattern: /^[^|]{1,40}\s\|$/u, maxWords: 6, requires: ['|'] },
    // Form field labels ("Votre adresse e-mail*") and breadcrumbs ("[Accueil]", "Home > News > UK").
    { kind: 'share', pattern: /^[^.!?]{1,40}\*$/u, maxWords: 6, requires: ['*'] },
    { kind: 'share', pattern: /^\[[^\]]{1,40}\]$/u, maxWords: 8 },
    { kind: 'share', pattern: /^[^>›»]{1,30}(?:\s+[>›»]\s+[^>›»]{1,30}){1,5}$/u, maxWords: 10, requires: ['>', '›', '»'] },
  ],
  inline: [
    // Rights tag at the end of a caption: keep the caption, fold the tag (and the codes after it).
    { kind: 'rights-tag', pattern: /\s*\b[A-Z]{2,}(?:x[A-Z]{2,}){2,}\b.*$/u, at: 'end', restIs: 'caption', requires: 'x' },
    // Agency signature at the end of the last paragraph: "… aquatiques. (ats/nxp)".
    { kind: 'credit', pattern: new RegExp(`\\s*\\((?:${agencyAlt})(?:\\s*[/,]\\s*(?:${agencyAlt}|[a-z]{2,6}))*\\)$`, 'iu'), at: 'end', requires: ')' },
    // Photo credit at the end of a caption: "… vigne. Image: Keystone", "Roman Prymula, photo: Archives…", "(Photo Prakash Mathema. AFP)".
    { kind: 'photo-credit', pattern: new RegExp(`(?:,\\s*|\\s+)(?:${CREDIT_WORDS})\\s*:\\s*[^.!?:]{2,60}$`, 'iu'), at: 'end', restIs: 'caption', requires: ':' },
    { kind: 'photo-credit', pattern: new RegExp(`\\s*\\((?:${CREDIT_WORDS})\\b[^()]{1,80}\\)$`, 'iu'), at: 'end', restIs: 'caption', requires: ')' },
    { kind: 'photo-credit', pattern: new RegExp(`\\s+(?:imago images|IMAGO)\\s*/\\s*[^.!?]{1,40}$`, 'u'), at: 'end', restIs: 'caption', requires: '/' },
  ],
  sections: [],
  labels: [],
  datePrefixes: [],
  bylines: [],
  months: {},
  weekdays: [],
  dateTimeJoiners: ['-', '–', ',', '|', '/'],
  sentenceOpeners: [],
};

/** "AFP", "(ats/nxp)" → the canonical outlet name, or null. */
export function agencyOf(signature: string): string | null {
  const first = signature
    .replace(/^[(\s]+|[)\s]+$/g, '')
    .split(/\s*[/,]\s*/u)[0]
    ?.toLowerCase();
  if (!first) return null;
  return AGENCIES[first] ?? (first === 'pa' ? 'PA' : first === 'cp' ? 'CP' : null);
}

/** The wire dateline inside a first paragraph: "LOS ANGELES (Reuters) - …". */
export const WIRE_DATELINE =
  /^[\p{Lu}][\p{Lu}\s.,'’-]{1,40}\s*\((Reuters|AFP|AP|ATS|SDA|APA|dpa|DPA|Xinhua|Kyodo|JIJI|Jiji|Bloomberg|EFE|ANSA|Belga|Yonhap|TASS|Interfax|Keystone-ATS|PA|CP)\)\s*[-–—]/u;
