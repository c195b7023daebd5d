import type { LanguageRules } from './types';
import { contains, exactLine, labelLine } from './compile';

/** Buttons and UI labels of English news pages. */
const SHARE_LABELS = [
  'Share', 'Share this', 'Share this with', 'Share this article', 'Share this story', 'Share this Explainer', 'Share on Facebook',
  'Share on Twitter', 'Share on WhatsApp', 'Share via Email', 'Share article', 'About sharing', 'Facebook', 'Twitter', 'X',
  'LinkedIn', 'WhatsApp', 'Messenger', 'Pinterest', 'Reddit', 'Telegram', 'Flipboard', 'Google+', 'Email', 'E-mail', 'Mail',
  'Tweet', 'Print', 'Copy link', 'Copy this link', 'Link copied', 'Save', 'Save article', 'Bookmark', 'Article bookmarked',
  'Comment', 'Comments', 'Follow', 'Unfollow', 'Listen', 'Listen to this article', 'Play', 'Pause', 'Play / pause', 'Volume',
  'Previous', 'Next', 'Close', 'Close share panel', 'Menu', 'Search', 'Home', 'Back to top', 'Expand', 'Full screen',
  'Download', 'Read more about sharing', 'These are external links and will open in a new window', 'Ask me', 'Updated',
  'Report an error', 'Error report', 'Contact the editor', 'Mail the editor', 'Gift article', 'Gift this article', 'Reprints',
  'Republishing', 'Commenting policy', 'Article history', 'Permalink', 'Toggle caption', 'Hide caption', 'Enlarge this image',
  'Skip to content', 'Skip to main content', 'Advertisement', 'Sections', 'Log in',
];

const BOILERPLATE = [
  'newsletter', 'Sign up', 'Subscribe', 'Subscribers only', 'Already have an account', 'Log in here', 'direct to your inbox',
  'use cookies', 'accept cookies', 'cookie policy', 'cookie settings', 'Sponsored content', 'Find your bookmarks', "Don't show me this message again", 'Our Standards:', 'Trust Principles',
  'Media playback is unsupported', 'Support our journalism', 'Please enable JavaScript', 'This content is not available',
  'Code of conduct', 'Terms of use', 'Privacy policy', 'You have reached your limit', 'free articles', 'Become a member',
  'Register for free', 'Start your free trial', 'Create an account', 'Continue reading', 'Read the full story',
  'use of cookies', 'Manage your subscription', 'My account',
];

const RELATED_SECTIONS = [
  'Related', 'Related Coverage', 'Related Topics', 'Related Stories', 'Related Articles', 'Related Content', 'Related Links',
  'Read more', 'Read More', 'More on this story', 'More about', 'Most read', 'Most popular', 'Most viewed', 'Most shared',
  'Popular videos', 'Top stories', 'Trending', 'Trending now', 'You may also like', 'You might also like', 'Recommended',
  'Recommended for you', "Editor's picks", 'See also', 'Also read', 'Latest news', 'Latest', 'Topics', 'Tags', 'Keywords',
  'More stories', 'More news', 'What to read next', 'Read next', 'Up next', 'Live', 'Live updates', 'Elsewhere on the web',
  'Around the web', 'From our partners', 'Explore more', 'Further reading',
];

export const enRules: LanguageRules = {
  language: 'en',
  keep: [],
  lines: [
    { kind: 'share', pattern: labelLine(SHARE_LABELS), maxWords: 14 },
    { kind: 'share', pattern: /^(?:show\s+)?\d+\s+comments?$/iu, maxWords: 12 },
    { kind: 'share', pattern: /^\d+\s*min(?:ute)?s?\s+read$/iu, maxWords: 12 },
    { kind: 'boilerplate', pattern: contains(BOILERPLATE), maxWords: 22 },
    // Cookie notices are long; their wording is not.
    { kind: 'boilerplate', pattern: /(?:use|uses|using) (?:of )?cookies|accept (?:all )?cookies|cookie (?:policy|settings|preferences)/iu, maxWords: 80, requires: ['cookie'] },
    { kind: 'boilerplate', pattern: exactLine(['Advertisement', 'Sponsored', 'Ad', 'Promoted']), maxWords: 12 },
    { kind: 'related', pattern: /^(?:Read more|Read also|See also|Also read|Related|Watch|Listen|READ MORE|MORE)\s*:.{1,200}$/u, maxWords: 30 },
    { kind: 'related', pattern: /^(?:Read more|Continue reading|More)\s*(?:\.\.\.|…|›|»|>)?$/iu, maxWords: 12 },
    { kind: 'gallery', pattern: /^(?:Slideshow|Gallery|Photo gallery|Photos)\s*\(?\s*\d+\s*(?:images?|photos?)?\s*\)?$/iu, maxWords: 12 },
    { kind: 'gallery', pattern: /^(?:Show all|View all|See all)\s+\d+(?:\s+(?:photos|images))?$/iu, maxWords: 12 },
    { kind: 'gallery', pattern: /^View (?:the )?(?:full )?gallery$/iu, maxWords: 12 },
    { kind: 'credit', pattern: /^(?:(?:Additional )?(?:reporting|writing|editing|compiled|produced) by\b.{2,200}|with (?:agencies|AP|Reuters|AFP))$/iu, maxWords: 40 },
  ],
  inline: [
    // The label BBC pages glue to the caption text: "Media captionDrone footage shows…".
    { kind: 'caption', pattern: /^(?:Media|Image|Photo|Video) caption\s*/u, at: 'start', restIs: 'caption' },
  ],
  sections: [
    { kind: 'related', pattern: exactLine(RELATED_SECTIONS) },
    { kind: 'related', pattern: /^(?:More (?:from|on|in) \p{Lu}.{0,40}|Most read in .{1,30}|Latest (?:from|in) .{1,30})$/u },
    { kind: 'gallery', pattern: exactLine(['In pictures', 'Gallery', 'Photo gallery', 'Photos']) },
  ],
  labels: [
    { role: 'byline', pattern: /^(?:By|Written by|Authors?|Words by)\s*:?$/iu },
    { role: 'published', pattern: /^(?:Published|Posted|Online|First published)\s*:?$/iu },
    { role: 'modified', pattern: /^(?:Last modified|Last updated|Updated|Modified)\s*:?$/iu },
    { role: 'photo-credit', pattern: /^(?:Image copyright|Photo copyright|Image source|Photo credit|Picture credit|Copyright)\s*:?$/iu },
    { role: 'caption', pattern: /^(?:Image caption|Media caption|Caption)\s*:?$/iu },
  ],
  datePrefixes: [
    { role: 'modified', pattern: /^(?:Last modified|Last updated|Updated|Modified)(?:\s+on)?\s*:?\s*/iu },
    { role: 'published', pattern: /^(?:Published|Posted|First published|Online)(?:\s+on)?\s*:?\s*/iu },
  ],
  bylines: [
    /^By\s+(?<name>\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,4}(?:\s*(?:,|and|&)\s*\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,4})*)$/u,
  ],
  months: {
    january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
    august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
  },
  weekdays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri', 'sat', 'sun'],
  dateTimeJoiners: ['at', 'on'],
  sentenceOpeners: [
    'The', 'A', 'An', 'This', 'These', 'That', 'Those', 'His', 'Her', 'Its', 'Their', 'He', 'She', 'It', 'They', 'We', 'You', 'I',
    'In', 'On', 'At', 'For', 'With', 'After', 'Before', 'How', 'Why', 'What', 'When', 'Who', 'Where', 'Which', 'More', 'Less',
    'Two', 'Three', 'New', 'No', 'Not', 'Some', 'All', 'Every', 'As', 'If',
  ],
};
