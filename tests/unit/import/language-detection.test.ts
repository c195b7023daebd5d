import path from 'node:path';
import { francAll } from 'franc-min';
import { describe, expect, it } from 'vitest';
import { cleanTextArticle } from '../../../src/core/import/index';
import { rankLanguages } from '../../../src/core/import/trigram-ranking';
import { REFERENCE, newsFiles, readText } from './helpers';

/** The language a file of the shared data is written in, from its name ("article-06-en.txt", "….fr.txt"). */
function languageOfName(file: string): string {
  const m = /[-.](fr|en)\.txt$/u.exec(path.basename(file));
  if (!m) throw new Error(`no language in the name of ${file}`);
  return m[1]!;
}

describe('the language of every shared news article and of the reference wire story', () => {
  const files = [...newsFiles(), REFERENCE];

  it('covers the nine news articles and the reference', () => {
    expect(files.map((f) => path.basename(f))).toEqual([
      'article-01-fr.txt',
      'article-02-fr.txt',
      'article-03-fr.txt',
      'article-04-fr.txt',
      'article-05-fr.txt',
      'article-06-en.txt',
      'article-07-en.txt',
      'article-08-en.txt',
      'article-09-en.txt',
      'ats-2023-09-13-kim-putin.fr.txt',
    ]);
  });

  for (const file of files) {
    it(`reads ${path.basename(file)} as ${languageOfName(file)}, without a warning`, () => {
      const article = cleanTextArticle(readText(file));
      expect(article.meta.language).toBe(languageOfName(file));
      expect(article.warnings).toEqual([]);
    });
  }
});

/** Sentences in languages and scripts beyond the datasets' French and English (written for this test). */
const SAMPLES = [
  'Die Bundesregierung hat am Mittwoch beschlossen, die Förderung für Elektroautos früher als geplant zu beenden.',
  'El Gobierno aprobó este martes una reforma que limita el precio de los alquileres en las zonas más tensionadas.',
  'Il governo ha approvato ieri sera il decreto che prevede nuovi aiuti per le famiglie colpite dal caro energia.',
  'O governo português anunciou um novo pacote de medidas para apoiar as famílias afetadas pela inflação.',
  'De regering heeft dinsdag besloten om de belasting op arbeid volgend jaar te verlagen voor lage inkomens.',
  'Rząd przyjął we wtorek projekt ustawy, który ma obniżyć ceny energii dla gospodarstw domowych.',
  'Правительство во вторник одобрило законопроект о снижении налогов для малого бизнеса в следующем году.',
  'Уряд ухвалив рішення про підвищення мінімальної заробітної плати з наступного року.',
  'Η κυβέρνηση ανακοίνωσε την Τρίτη νέα μέτρα στήριξης για τα νοικοκυριά που πλήττονται από την ακρίβεια.',
  'أعلنت الحكومة يوم الثلاثاء عن حزمة جديدة من الإجراءات لدعم الأسر المتضررة من ارتفاع الأسعار.',
  'הממשלה אישרה ביום שלישי תוכנית חדשה להורדת מחירי הדיור בערים הגדולות.',
  '政府周二宣布了一项新的经济刺激计划，以支持受通货膨胀影响的家庭和小企业。',
  '政府は火曜日、物価高の影響を受ける家庭を支援するための新たな経済対策を発表した。',
  '정부는 화요일 물가 상승의 영향을 받는 가계를 지원하기 위한 새로운 대책을 발표했다.',
  'सरकार ने मंगलवार को महंगाई से प्रभावित परिवारों की मदद के लिए नए उपायों की घोषणा की।',
  'Hükümet salı günü enflasyondan etkilenen aileleri desteklemek için yeni önlemler açıkladı.',
  'Chính phủ đã công bố các biện pháp mới để hỗ trợ các gia đình bị ảnh hưởng bởi lạm phát.',
  'İSTANBUL İÇİN İYİ HABER: İstanbul Büyükşehir Belediyesi yeni metro hattını açtı.',
  'Le président a déclaré: "We will not back down", avant d\'ajouter que la France restait ferme. Привет мир!',
  '2023-09-13 09:27 — 12 345 678 (100 %) … 42 !!! ??? ### 2024',
  '🙂🙂🙂 emoji only 🙂🙂🙂 and a few words 𝓯𝓪𝓷𝓬𝔂 𝓽𝓮𝔁𝓽 here for the script count',
  '',
  'short',
  'exactly twenty chars',
];

describe("the import's trigram ranking", () => {
  it("ranks languages exactly as franc-min's francAll, on texts in many languages and scripts", () => {
    const texts: string[] = [...SAMPLES, SAMPLES.join(' '), SAMPLES.slice(9, 15).join(' ')];
    for (const file of [...newsFiles(), REFERENCE]) {
      const text = readText(file);
      for (const start of [0, 777, 3000, Math.floor(text.length / 2)]) {
        for (const length of [15, 20, 60, 300, 700, 1200, 2048, 5000]) texts.push(text.slice(start, start + length));
      }
    }
    // General punctuation is counted from a table too: every one of its code units, alone and inside French and English text.
    for (let c = 0x2000; c < 0x2070; c++) {
      const ch = String.fromCharCode(c);
      texts.push(ch.repeat(25), `L${ch}État a dit${ch} « non » à la réforme${ch} des retraites`, `The government${ch}s plan${ch} was ${ch}rejected${ch} again`);
    }
    texts.push(Array.from({ length: 0x70 }, (_, i) => String.fromCharCode(0x2000 + i)).join(''));
    for (const text of texts) {
      for (const minLength of [10, 20]) expect(rankLanguages(text, minLength), text.slice(0, 60)).toEqual(francAll(text, { minLength }));
    }
  });
});
