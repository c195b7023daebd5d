/** Pure helpers of the import: units → cleaned article, language, layout of body/blocks/folded. */
export { buildArticle, type BuildOptions } from './article';
export { cleanTextArticle, type TextArticleOptions } from './text-article';
export { assembleText, type AssembledText } from './assemble';
export { detectLanguage, baseLanguage, type LanguageGuess } from './language';
