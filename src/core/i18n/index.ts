import i18next, { type TFunction } from 'i18next';
import { sharedEn, type SharedCatalogue } from './en';
import { sharedFr } from './fr';
import { frenchCatalogue } from './typography';

export { sharedEn, type SharedCatalogue } from './en';
export { frenchCatalogue, frenchTypography, frenchTypographyFaults } from './typography';

export type Language = 'en' | 'fr';

/** The shared catalogues by language, French typography applied. */
export const SHARED_CATALOGUES: Record<Language, SharedCatalogue> = { en: sharedEn, fr: frenchCatalogue(sharedFr) as SharedCatalogue };

/** "errors.import.empty", … : every leaf of the shared catalogue, plural suffixes folded into their base key. */
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K extends `${infer B}_${'one' | 'other'}` ? B : K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];
export type MessageKey = Leaves<SharedCatalogue>;

/**
 * A message as data: a catalogue key and its parameters. A parameter is a
 * value to insert as it is (a title, a host, a count), another message (a
 * reason worded in the same language), or a text given in both languages (a
 * verdict's label on the workspace's scale). Plain JSON, so it crosses the API.
 */
export interface Message {
  key: MessageKey;
  params?: MessageParams;
}
export type LocalizedText = { en: string; fr: string };
/** Several values worded as one list ("the name, the address and the scale"). */
export interface MessageList {
  list: MessageParam[];
}
export type MessageParam = string | number | Message | LocalizedText | MessageList;
export type MessageParams = Record<string, MessageParam>;

const isMessage = (p: MessageParam): p is Message => typeof p === 'object' && 'key' in p;
const isLocalized = (p: MessageParam): p is LocalizedText => typeof p === 'object' && 'en' in p && 'fr' in p;
const isList = (p: MessageParam): p is MessageList => typeof p === 'object' && 'list' in p;

/** The parameters as i18next takes them: nested messages worded first, in the same language. */
export function resolveParams(params: MessageParams | undefined, lang: Language, t: (key: string, options?: Record<string, unknown>) => string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const one = (p: MessageParam): unknown => {
    if (typeof p !== 'object') return p;
    if (isMessage(p)) return t(p.key, resolveParams(p.params, lang, t));
    if (isLocalized(p)) return p[lang];
    if (isList(p)) return new Intl.ListFormat(lang, { type: 'conjunction' }).format(p.list.map((x) => String(one(x))));
    return '';
  };
  for (const [name, p] of Object.entries(params ?? {})) out[name] = one(p);
  return out;
}

const instances = new Map<Language, TFunction>();

/**
 * A translate function over the shared catalogues for one language, for the
 * Node side and Electron's main process (the renderer merges the same
 * catalogues into its own instance). Numbers follow the language
 * ("20,5" in French) through i18next's `number` format.
 */
export function sharedT(lang: Language): TFunction {
  let t = instances.get(lang);
  if (!t) {
    const instance = i18next.createInstance();
    void instance.init({
      lng: lang,
      fallbackLng: 'en',
      resources: { en: { translation: SHARED_CATALOGUES.en }, fr: { translation: SHARED_CATALOGUES.fr } },
      initAsync: false,
      interpolation: { escapeValue: false },
    });
    t = instance.t.bind(instance) as TFunction;
    instances.set(lang, t);
  }
  return t;
}

/** A message in words, in one language. */
export function word(message: Message, lang: Language = 'en'): string {
  const t = sharedT(lang) as unknown as (key: string, options?: Record<string, unknown>) => string;
  return t(message.key, resolveParams(message.params, lang, t));
}

/** Shorthand for building a message. */
export const msg = (key: MessageKey, params?: MessageParams): Message => (params ? { key, params } : { key });

/**
 * Why a connection failed, from the error code Node or undici gives
 * ("ENOTFOUND", "bad port"…); codes we do not know become "network error"
 * (the code itself stays in the English log, never in the interface).
 */
export function netReason(code: string): Message {
  const c = code.toUpperCase();
  if (c === 'BAD PORT') return msg('errors.net.badPort');
  if (c === 'ENOTFOUND') return msg('errors.net.notFound');
  if (c === 'ECONNREFUSED') return msg('errors.net.refused');
  if (c === 'ECONNRESET') return msg('errors.net.reset');
  if (c === 'ETIMEDOUT' || c === 'UND_ERR_CONNECT_TIMEOUT' || c === 'UND_ERR_HEADERS_TIMEOUT') return msg('errors.net.timedOut');
  if (c === 'EHOSTUNREACH' || c === 'ENETUNREACH' || c === 'ENETDOWN' || c === 'EHOSTDOWN') return msg('errors.net.noRoute');
  if (c === 'EAI_AGAIN' || c === 'EAI_FAIL') return msg('errors.net.lookup');
  if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|TLS/.test(c)) return msg('errors.net.certificate');
  if (c === 'UND_ERR_SOCKET' || c === 'EPIPE' || c === 'UND_ERR_CLOSED') return msg('errors.net.closed');
  return msg('errors.net.other');
}

/** The catalogue word for an evidence file's type ("PNG image"). */
export function fileTypeKey(mime: string): MessageKey {
  const exact: Record<string, keyof SharedCatalogue['fileType']> = {
    'image/png': 'png',
    'image/jpeg': 'jpeg',
    'image/gif': 'gif',
    'image/webp': 'webp',
    'image/avif': 'avif',
    'image/heic': 'heic',
    'application/pdf': 'pdf',
    'text/plain': 'text',
    'application/json': 'json',
  };
  const major = mime.split('/')[0];
  const id = exact[mime] ?? (major === 'image' || major === 'audio' || major === 'video' ? major : major === 'text' ? 'text' : 'document');
  return `fileType.${id}`;
}

/** The name of a verdict scale: a preset's from the catalogue, a newsroom's own as it was written. */
export function scaleName(scale: { id: string; name: string }, lang: Language): string {
  const presets = SHARED_CATALOGUES[lang].scaleName as Record<string, string>;
  return Object.prototype.hasOwnProperty.call(presets, scale.id) ? presets[scale.id]! : scale.name;
}

/** Who made a change: a person's name as recorded, or the catalogue's words for the system's own actors. */
export function actorName(actor: string, lang: Language): string {
  const known = SHARED_CATALOGUES[lang].actor as Record<string, string>;
  return Object.prototype.hasOwnProperty.call(known, actor) ? known[actor]! : actor;
}
