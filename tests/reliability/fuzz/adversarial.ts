/**
 * What an attacker or a broken client sends: values chosen to break parsers,
 * SQL, FTS5 queries, offsets, file paths, JSON and Unicode handling.
 * Provenance: written for Factbench's API fuzzing (issue 7) from the usual
 * classes of bad input (OWASP testing guide: injection, boundary values,
 * encoding); nothing here is copied from a corpus.
 */
import { LIMITS } from '../../../src/contract/schemas';

export const SQL_STRINGS = [
  "' OR 1=1 --",
  '"; DROP TABLE claims; --',
  "'); DELETE FROM events; --",
  "Robert'); DROP TABLE articles;--",
  '%',
  '_',
  '\\',
  "''''",
  '1; ATTACH DATABASE \'/tmp/x.db\' AS x; --',
  'x" OR "1"="1',
  '*/ SELECT * FROM settings /*',
];

/** FTS5 query syntax a search box should never pass through raw. */
export const FTS_STRINGS = ['NEAR(', '"unterminated', 'a* OR b', 'text:secret', '^start', 'AND OR NOT', '{text rationale}: x', '(((', 'NEAR(a b, -1)', '*', '-', '""', 'a NOT', 'x AND'];

export const UNICODE_STRINGS = [
  '\u0000',
  'nul\u0000inside',
  '\uD800', // lone high surrogate
  '\uDC00x\uD800',
  '\uFEFFbom',
  '\u202Eevil\u202C',
  '\u200B\u200C\u200D',
  'e\u0301'.repeat(500),
  '👩‍👩‍👧‍👦🏳️‍🌈',
  '\u2028\u2029',
  'ﬁ１２３Ⅻ',
  '𝕏'.repeat(300),
  '\r\n\r\n\t\v\f',
  'Ω≈ç√∫˜µ≤≥÷',
  '\u0301',
  '\uFFFF\uFFFE',
];

export const PATH_STRINGS = ['../../etc/passwd', '..\\..\\Windows\\win.ini', '/dev/zero', 'C:\\', 'file:///etc/passwd', '\\\\server\\share', 'con', '.', '..'];

export const MARKUP_STRINGS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '{"__proto__":{"polluted":1}}',
  '__proto__',
  'constructor',
  'prototype',
  '{{constructor.constructor("return process")()}}',
  '$t(x)',
  '%s%n%x',
  '=HYPERLINK("http://evil.example")',
];

export const HUGE_STRINGS = [
  'A'.repeat(LIMITS.shortText + 1),
  'x'.repeat(LIMITS.longText + 1),
  'mot '.repeat(40_000),
  '\uD83D\uDE00'.repeat(60_000),
  'a'.repeat(LIMITS.url + 1),
  'a'.repeat(65),
];

/** Strings shaped like our ids, dates and URLs but pointing at nothing, or just outside the rule. */
export const NEAR_MISS_STRINGS = [
  '018f0000-0000-7000-8000-000000000000',
  '00000000-0000-0000-0000-000000000000',
  'a'.repeat(64),
  '0',
  '-',
  'id with spaces',
  '2024-02-30',
  '2024-13-01T25:61',
  '9999-99-99',
  '-000001-01-01',
  'http://',
  'https://user:pass@evil.example/',
  'http://127.0.0.1:9/nothing',
  'http://[::1]:9/x',
  'data:text/html,<script>alert(1)</script>',
  'fr',
  'en',
  'xx',
  'FR',
  'factbench.2020-01-01T00-00-00-000Z.auto.db',
  '../factbench.db',
];

export const STRINGS = [...SQL_STRINGS, ...FTS_STRINGS, ...UNICODE_STRINGS, ...PATH_STRINGS, ...MARKUP_STRINGS, ...HUGE_STRINGS, ...NEAR_MISS_STRINGS, ''];

export const NUMBERS = [-1, -0, 0, 1, 2, 0.5, -2147483649, 2147483647, 2147483648, 2 ** 53, -(2 ** 53), Number.MAX_SAFE_INTEGER + 2, 1e308, -1e308, Number.MIN_VALUE, NaN, Infinity, -Infinity, LIMITS.articleChars, LIMITS.articleChars + 1];

/** Values of the wrong type for any field. */
export const WRONG_TYPES: unknown[] = [null, true, false, [], {}, [[]], { length: 1e9 }, 'true', '1', 1n, new Date(0), new Map([['a', 1]]), new Set([1]), new Uint8Array([1, 2, 3]), /x/];
