import { frenchCatalogue } from '../../core/i18n/typography';
import { i18n } from '../i18n/i18n.svelte';

/**
 * The editor's own words, English and French. Kept beside the editor so it
 * can grow without touching the app's catalogues; `ed()` follows the
 * interface language like `t()` does.
 */
const en = {
  editText: 'Edit text',
  editShort: 'Edit',
  mergeShort: 'Merge',
  splitShort: 'Split',
  foldShort: 'Fold',
  editTextHint: 'Type in the article to fix its text. Claims follow the words they mark. Esc to stop.',
  reviewHint: 'Select words, then New claim (n). Click a highlight to open its claim.',
  undo: 'Undo text edit',
  redo: 'Redo text edit',
  merge: 'Merge claims',
  mergeHint: 'Select text across two claims, or select a claim and choose another highlight.',
  split: 'Split claim',
  splitHint: 'Put the cursor inside a claim, between two words.',
  fold: 'Fold line',
  foldHint: 'Fold the paragraph holding the cursor away as noise (it can be restored).',
  restore: 'Restore',
  restoreLine: 'Restore folded {{kind}}: «{{text}}»',
  foldedRun: '{{count}} folded lines',
  showFolded: 'Show',
  hideFolded: 'Hide',
  showFoldedLabel: 'Show {{count}} folded lines: {{kinds}}',
  hideFoldedLabel: 'Hide {{count}} folded lines',
  updateText: 'Update article text',
  updateTitle: 'Update article text',
  updateIntro: 'Paste the new version of the story. Every claim is found again by position, then by its words, then by similar words; none is dropped.',
  updateField: 'New version',
  updateSubmit: 'Update',
  cancel: 'Cancel',
  updating: 'Updating…',
  reportTitle: 'Claims after the update',
  reportCounts: '{{unchanged}} unchanged, {{moved}} moved, {{changed}} changed, {{orphaned}} orphaned',
  status_unchanged: 'unchanged',
  status_moved: 'moved',
  status_changed: 'changed',
  status_orphaned: 'orphaned',
  orphans: 'Orphaned claims',
  orphansHint: 'Their words are no longer in the text. Select the words they now match, then Re-attach.',
  reattach: 'Re-attach',
  reattachLabel: 'Re-attach «{{text}}» to the selected words',
  reattached: 'Claim re-attached.',
  dismissReport: 'Close',
  merged: 'Claims merged.',
  splitDone: 'Claim split in two.',
  folded: 'Line folded.',
  restored: 'Folded line restored.',
  textSaved: 'Text saved.',
  cantDeleteFolded: 'Folded lines are never deleted: restore one to edit its text.',
  needSelection: 'Select words in the article first.',
  needTwoClaims: 'Select text that touches two claims, or select a claim first.',
  contextMenu: 'Editor actions',
  newClaim: 'New claim',
  mergeWithSelected: 'Merge into the selected claim',
  typeInEditMode: 'The text is read-only: press Edit text (e) to change it.',
  updated: 'Text updated: {{counts}}.',
};

const fr: typeof en = {
  editText: 'Modifier le texte',
  editShort: 'Modifier',
  mergeShort: 'Fusionner',
  splitShort: 'Scinder',
  foldShort: 'Replier',
  editTextHint: 'Tapez dans l’article pour corriger son texte. Les affirmations suivent leurs mots. Échap pour arrêter.',
  reviewHint: 'Sélectionnez des mots, puis Nouvelle affirmation (n). Cliquez sur un surlignage pour ouvrir son affirmation.',
  undo: 'Annuler la modification du texte',
  redo: 'Rétablir la modification du texte',
  merge: 'Fusionner les affirmations',
  mergeHint: 'Sélectionnez du texte sur deux affirmations, ou sélectionnez une affirmation et choisissez-en une autre.',
  split: 'Scinder l’affirmation',
  splitHint: 'Placez le curseur dans une affirmation, entre deux mots.',
  fold: 'Replier la ligne',
  foldHint: 'Replier le paragraphe du curseur comme du bruit (il peut être restauré).',
  restore: 'Restaurer',
  restoreLine: 'Restaurer {{kind}} replié : «{{text}}»',
  foldedRun: '{{count}} lignes repliées',
  showFolded: 'Afficher',
  hideFolded: 'Masquer',
  showFoldedLabel: 'Afficher {{count}} lignes repliées : {{kinds}}',
  hideFoldedLabel: 'Masquer {{count}} lignes repliées',
  updateText: 'Mettre à jour le texte',
  updateTitle: 'Mettre à jour le texte de l’article',
  updateIntro: 'Collez la nouvelle version de l’article. Chaque affirmation est retrouvée par sa position, puis par ses mots, puis par des mots proches ; aucune n’est perdue.',
  updateField: 'Nouvelle version',
  updateSubmit: 'Mettre à jour',
  cancel: 'Annuler',
  updating: 'Mise à jour…',
  reportTitle: 'Affirmations après la mise à jour',
  reportCounts: '{{unchanged}} inchangées, {{moved}} déplacées, {{changed}} modifiées, {{orphaned}} orphelines',
  status_unchanged: 'inchangée',
  status_moved: 'déplacée',
  status_changed: 'modifiée',
  status_orphaned: 'orpheline',
  orphans: 'Affirmations orphelines',
  orphansHint: 'Leurs mots ne sont plus dans le texte. Sélectionnez les mots qui leur correspondent, puis Rattacher.',
  reattach: 'Rattacher',
  reattachLabel: 'Rattacher «{{text}}» aux mots sélectionnés',
  reattached: 'Affirmation rattachée.',
  dismissReport: 'Fermer',
  merged: 'Affirmations fusionnées.',
  splitDone: 'Affirmation scindée en deux.',
  folded: 'Ligne repliée.',
  restored: 'Ligne repliée restaurée.',
  textSaved: 'Texte enregistré.',
  cantDeleteFolded: 'Les lignes repliées ne sont jamais supprimées : restaurez-en une pour modifier son texte.',
  needSelection: 'Sélectionnez d’abord des mots de l’article.',
  needTwoClaims: 'Sélectionnez du texte qui touche deux affirmations, ou sélectionnez d’abord une affirmation.',
  contextMenu: 'Actions de l’éditeur',
  newClaim: 'Nouvelle affirmation',
  mergeWithSelected: 'Fusionner dans l’affirmation sélectionnée',
  typeInEditMode: 'Le texte est en lecture seule : appuyez sur Modifier le texte (e) pour le changer.',
  updated: 'Texte mis à jour : {{counts}}.',
};

export type EditorStringKey = keyof typeof en;

/** Both tables, French with its typography (no-break spaces before : ; ! ? and inside « »); read by the one-language test. */
export const EDITOR_STRINGS = { en, fr: frenchCatalogue(fr) } as const;

export function ed(key: EditorStringKey, vars: Record<string, string | number> = {}): string {
  const table = EDITOR_STRINGS[i18n.lang];
  return table[key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''));
}

/** The kind of a folded line in words ("caption", "photo credit"). */
export function foldKindLabel(kind: string, lang: 'en' | 'fr' = i18n.lang): string {
  const fr: Record<string, string> = {
    duplicate: 'doublon',
    caption: 'légende',
    'photo-credit': 'crédit photo',
    credit: 'signature',
    'rights-tag': 'mention de droits',
    dateline: 'date',
    subheading: 'intertitre',
    share: 'partage',
    related: 'lien connexe',
    gallery: 'galerie',
    script: 'script',
    boilerplate: 'texte type',
    headline: 'titre',
  };
  return lang === 'fr' ? (fr[kind] ?? kind) : kind.replace(/-/g, ' ');
}
