import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_RULES } from '../../../src/core/cleaning/rules/index';
import { commonRules } from '../../../src/core/cleaning/rules/common';
import { mayMatch, validRequirement, type Requiring } from '../../../src/core/cleaning/rules/requires';
import { FIXTURES, REFERENCE, SHARED, newsFiles, nonBlankLines, readText } from './helpers';

/**
 * A whole-line or keep rule's `requires` lets the cleaner skip its pattern on
 * lines that lack every required text: it must never skip a line the pattern
 * matches, or furniture would stay in the body.
 */
const rules: Requiring[] = [...Object.values(LANGUAGE_RULES), commonRules]
  .flatMap((r): Requiring[] => [...r.lines, ...r.keep])
  .filter((r) => r.requires !== undefined);

function textLines(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /\.(?:txt|json|ts)$/u.test(f))
    .flatMap((f) => nonBlankLines(readText(path.join(dir, f))));
}

/** Lines written to match the rules, with the case and spacing scraped pages have. */
const WRITTEN = [
  '<script type="text/javascript">',
  'var _gaq = _gaq || [];',
  'window.dataLayer = window.dataLayer || [];',
  'document.write(\'<div>\')',
  '(function() { var s = 1 })',
  '.article-body p { margin: 0 auto; }',
  '{"@context": "https://schema.org"}',
  '{{contentDetailController.article.title}}',
  '{% block content %}',
  '— Elon Musk (@elonmusk) March 16, 2020',
  '© 2023 Reuters. All rights reserved.',
  'ALL RIGHTS RESERVED',
  'Tous droits réservés',
  'TOUS DROITS RÉSERVÉS',
  'Alle Rechte vorbehalten',
  'Nathan Alliard / Photononstop / AFP',
  'Le Monde |',
  'Votre adresse e-mail*',
  'Home > News > UK',
  'Accueil › Monde › Asie',
  'Accueil » Monde',
  'Vous avez repéré une erreur ?',
  'SIGNALER UNE ERREUR',
  "Description de l’erreur",
  'Veuillez saisir une adresse e-mail valide',
  'Votre message a été envoyé',
  'Champs obligatoires',
  'Ce site utilise des cookies. En poursuivant, vous acceptez l’utilisation des cookies.',
  'POLITIQUE DE COOKIES',
  'Paramétrer les cookies',
  'We use cookies to improve your experience. Accept all cookies',
  'Cookie Policy',
  'COOKIE SETTINGS',
];

/** Case variants a case-insensitive pattern also matches: upper case, the Kelvin sign for k, the long s for s. */
function variants(line: string): string[] {
  return [line, line.toUpperCase(), line.replace(/k/gu, '\u212a'), line.replace(/K/gu, '\u212a'), line.replace(/s/gu, '\u017f'), line.toUpperCase().replace(/K/gu, '\u212a')];
}

describe('whole-line rules that name the texts they require', () => {
  const lines = [
    ...[...newsFiles(), REFERENCE].flatMap((f) => nonBlankLines(readText(f))),
    ...textLines(path.join(SHARED, 'fixtures')),
    ...textLines(FIXTURES),
    ...WRITTEN,
  ].flatMap(variants);

  it('exist (the fast path is in use)', () => {
    expect(rules.length).toBeGreaterThanOrEqual(10);
  });

  it('name texts that can be looked up safely: as written, or lower-case ASCII without "s" for a case-insensitive pattern', () => {
    for (const rule of rules) {
      for (const text of rule.requires!) expect(validRequirement(text, rule.pattern.ignoreCase), `${text} for ${rule.pattern.source.slice(0, 40)}`).toBe(true);
    }
    expect(validRequirement('cookies', true)).toBe(false);
    expect(validRequirement('Cookie', true)).toBe(false);
    expect(validRequirement('Cookie', false)).toBe(true);
  });

  it('never skip a line the pattern matches, on the shared texts, the fixtures and written lines in several cases', () => {
    const matchedRules = new Set<Requiring>();
    for (const rule of rules) {
      for (const line of lines) {
        if (!rule.pattern.test(line)) continue;
        matchedRules.add(rule);
        expect(mayMatch(rule, line, null), `${rule.pattern.source.slice(0, 40)} on ${line}`).toBe(true);
        expect(mayMatch(rule, line, line.toLowerCase()), `${rule.pattern.source.slice(0, 40)} on ${line}`).toBe(true);
      }
    }
    // Every rule was tried on lines it matches, so the check above is not empty.
    expect(matchedRules.size).toBe(rules.length);
  });

  it('skip running text', () => {
    const paragraph = 'Le président russe a reçu mercredi le dirigeant nord-coréen au cosmodrome Vostotchny, a annoncé le Kremlin.';
    const skipped = rules.filter((r) => !mayMatch(r, paragraph, null));
    expect(skipped.length).toBeGreaterThanOrEqual(rules.length - 2);
  });
});
