import type { LanguageRules } from './types';
import { contains, exactLine, labelLine } from './compile';

/** Buttons and UI labels of French news pages. */
const SHARE_LABELS = [
  'Partager', 'Partage', 'Partager sur Facebook', 'Partager sur Twitter', 'Partager sur les réseaux sociaux', 'Partager cet article',
  'Envoyer', 'Envoyer par e-mail', 'Envoyer par email', 'Envoyer par mail', 'Envoyer à', 'Imprimer', 'Imprimer cet article',
  'Copier', 'Copier le lien', 'Lien copié', 'Commenter', 'Commentaires', 'Voir les commentaires', 'Réagir', 'Tweeter',
  'Signaler une erreur', 'Signaler un abus', 'Télécharger', 'Enregistrer', 'Sauvegarder', 'Lire plus tard', 'Lire sur le reader',
  'Mode zen', 'Écouter', 'Écouter cet article', 'Lancer la lecture', 'Suivre', 'Ne plus suivre', 'Thématique suivie',
  'Rechercher', 'Que cherchez-vous ?', 'Que cherchez-vous?', 'Menu', 'Fermer', 'Accueil', 'Retour', 'Haut de page', 'Retour en haut', 'Plein écran',
  'Agrandir', 'Précédent', 'Suivant', 'Afficher plus', 'Voir plus', 'Durée de l\'audio', 'Enregistrer l\'audio sur son web',
  'Mis à jour', 'Article suivant', 'Article précédent', 'Écouter l\'article', 'Ajouter à mes favoris', 'Favoris',
];

/** Paywall prompts, newsletter invitations, cookie notices, rating widgets. */
const BOILERPLATE = [
  'newsletter', 'infolettre', 'Abonnez-vous', 'Je m\'abonne', 'Déjà abonné', 'articles gratuits', 'Créez-vous un compte',
  'Créer un compte', 'Connectez-vous', 'Se connecter', 'veuillez vous connecter', 'tous les matins par email',
  'réservé aux abonnés', 'Réservé à nos abonnés', 'Il vous reste', 'Offre spéciale', 'utilise des cookies', 'accepter les cookies', 'politique de cookies', 'Contenu sponsorisé',
  'Contenu partenaire', 'Inscrivez-vous', 'Avez-vous apprécié cet article', 'Cet article vous a-t-il été utile',
  'Soutenez notre journalisme', 'Activez JavaScript', 'Pour réagir', 'Votre navigateur', 'Cet article est paru dans',
  'utilisation de cookies', 'utilisation des cookies', 'S\'abonner', 'Gérez votre abonnement', 'Édition abonnés', 'Mon compte',
];

/** Headings that open related links, "most read" lists, live feeds, tag lists. */
const RELATED_SECTIONS = [
  'Articles en relation', 'Articles liés', 'Articles correspondants', 'Sur le même sujet', 'Sur le même thème', 'À lire aussi',
  'A lire aussi', 'Lire aussi', 'À lire également', 'Les plus populaires', 'Les plus lus', 'Les plus partagés', 'Les plus commentés',
  'Plus de sujets', 'Dans la même rubrique', 'Dans la section', 'Dans la rubrique', 'Voir aussi', 'En direct', 'Direct', 'Le direct',
  'Mots clés', 'Mots-clés', 'Mot-clé', 'Thèmes', 'Thématiques', 'Nos dernières vidéos', 'Derniers articles', 'Dernières infos',
  'À la une', 'Nos partenaires', 'Sélectionné pour vous', 'Recommandé pour vous', 'À découvrir', 'Vous aimerez aussi',
  'Personnalités', 'Sujets associés', 'Dossier', 'Ailleurs sur le web', 'Articles recommandés', 'Tous les articles',
];

export const frRules: LanguageRules = {
  language: 'fr',
  keep: [],
  lines: [
    { kind: 'share', pattern: labelLine(SHARE_LABELS), maxWords: 14 },
    { kind: 'share', pattern: /^\d+\s+commentaires?$/iu, maxWords: 12 },
    { kind: 'share', pattern: /^(?:\d+\s*min(?:utes?)?\s+de\s+lecture|(?:temps de )?lecture\s*:?\s*\d+\s*min(?:utes?)?)$/iu, maxWords: 12 },
    // The "report an error" form that news sites append.
    {
      kind: 'share',
      pattern: contains(['repéré une erreur', 'Signaler une erreur', 'Description de l\'erreur', 'adresse e-mail valide',
        'adresse email valide', 'Votre adresse e-mail', 'Votre adresse email', 'Votre e-mail a été envoyé', 'Votre email a été envoyé',
        'Votre message a été envoyé', 'Champs obligatoires']),
      maxWords: 16,
      requires: ['erreur', 'mail', 'envoy', 'champ'],
    },
    { kind: 'boilerplate', pattern: contains(BOILERPLATE), maxWords: 22 },
    // Cookie notices are long; their wording is not.
    { kind: 'boilerplate', pattern: /(?:utilisation|usage|dépôt) (?:de|des) cookies|(?:accepter|acceptez) (?:l['’]utilisation des |les )?cookies|politique (?:de|des|relative aux) cookies|paramétrer les cookies/iu, maxWords: 80, requires: ['cookie'] },
    { kind: 'boilerplate', pattern: exactLine(['Publicité', 'Annonce', 'Contenu sponsorisé']), maxWords: 12 },
    { kind: 'related', pattern: /^(?:Lire aussi|À lire aussi|A lire aussi|À lire|Lire|Voir aussi|À voir aussi|À voir|Relire|Voir la vidéo|Écouter aussi)\s*:.{1,200}$/iu, maxWords: 30 },
    { kind: 'related', pattern: /^(?:Plus|Lire la suite|En savoir plus|Voir plus)\s*(?:\.\.\.|…|›|»|>)?$/iu, maxWords: 12 },
    { kind: 'gallery', pattern: /^(?:Diaporama|Galerie(?: photos?)?|Photos?)\s*[(:]?\s*\d+\s*(?:images?|photos?)?\s*\)?$/iu, maxWords: 12 },
    { kind: 'gallery', pattern: /^Voir les \d+ (?:photos|images)$/iu, maxWords: 12 },
    { kind: 'credit', pattern: /^(?:\(?avec (?:AFP|ATS|agences|Reuters|AP)\)?|Propos recueillis par .{2,60}|Édité par .{2,60})$/iu, maxWords: 12 },
  ],
  inline: [],
  sections: [
    { kind: 'related', pattern: exactLine(RELATED_SECTIONS) },
    { kind: 'related', pattern: /^(?:Plus (?:en|de|sur) \p{Lu}[\p{L}-]*|Toute l'actualité .{1,30}|Nos articles sur .{1,40})$/u },
    { kind: 'gallery', pattern: exactLine(['En images', 'Galerie photos', 'Diaporama', 'Portfolio']) },
  ],
  labels: [
    { role: 'byline', pattern: /^(?:Par|Auteurs?|Texte|De notre (?:envoyée?|correspondante?)(?: spéciale?)?(?: à .{1,30})?)\s*:?$/iu },
    { role: 'published', pattern: /^(?:Publié(?: le)?|Créé(?: le)?|Paru(?: le)?|Mis en ligne(?: le)?)\s*:?$/iu },
    { role: 'modified', pattern: /^\(?\s*(?:Mis à jour|Modifié|Actualisé|MAJ)(?: le)?\s*:?$/iu },
    { role: 'photo-credit', pattern: /^(?:Crédits? photos?|Photos?)\s*:?$/iu },
    { role: 'caption', pattern: /^Légende\s*:?$/iu },
  ],
  datePrefixes: [
    { role: 'modified', pattern: /^\(?\s*(?:Mis à jour|Modifié|Actualisé|MAJ)(?:\s+le)?\s*:?\s*/iu },
    { role: 'published', pattern: /^(?:Publié|Créé|Paru|Mis en ligne)(?:\s+le)?\s*:?\s*/iu },
    { role: 'published', pattern: /^le\s+/iu },
  ],
  bylines: [
    /^Par\s+(?<name>\p{Lu}[\p{L}'’.-]*(?:\s+(?:de |du |d'|le |la )?[\p{L}'’.-]+){0,4}(?:\s*(?:,|et)\s*\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,4})*(?:\s*\((?:avec|et) [^)]{2,80}\))?)$/u,
  ],
  months: {
    janvier: 1, janv: 1, février: 2, fevrier: 2, févr: 2, fév: 2, fev: 2, mars: 3, avril: 4, avr: 4, mai: 5, juin: 6,
    juillet: 7, juil: 7, août: 8, aout: 8, septembre: 9, sept: 9, octobre: 10, oct: 10, novembre: 11, nov: 11,
    décembre: 12, decembre: 12, déc: 12, dec: 12,
  },
  weekdays: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  dateTimeJoiners: ['à', 'le', 'dès'],
  sentenceOpeners: [
    'Le', 'La', 'Les', "L'", 'L’', 'Un', 'Une', 'Des', 'Du', 'De', "D'", 'Ce', 'Cet', 'Cette', 'Ces', 'Son', 'Sa', 'Ses', 'Leur',
    'Leurs', 'Il', 'Elle', 'Ils', 'Elles', 'On', 'Nous', 'Vous', 'Je', 'Au', 'Aux', 'En', 'Pour', 'Avec', 'Dans', 'Sur', 'Quand',
    'Comment', 'Pourquoi', 'Qui', 'Que', 'Quel', 'Quelle', 'Quels', 'Quelles', 'Après', 'Avant', 'Selon', 'Malgré', 'Face', 'Vers',
    'Plus', 'Moins', 'Pas', 'Deux', 'Trois', 'Nouvelle', 'Nouveau', 'Mort', 'Les', 'Tout', 'Toute', 'Tous', 'Toutes', 'Si',
  ],
};
