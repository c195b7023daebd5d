import fc from 'fast-check';
import type { z } from 'zod';
import { NUMBERS, STRINGS, WRONG_TYPES } from './adversarial';

/** Live values from the workspace under test, refreshed after every call, so inputs reach past validation. */
export interface LivePool {
  ids: Record<'article' | 'claim' | 'source' | 'attachment', string[]>;
  backupNames: string[];
  bodyLength: number;
  speakers: string[];
}

/** Picks a live value by index: deterministic for a given seed, even though the pool changes. */
const live = (get: () => string[]) => fc.nat().map((i) => get()[i % Math.max(1, get().length)] ?? 'no-such-id');

const adversarialString = fc.constantFrom(...STRINGS);
const anyValue = fc.oneof(fc.constantFrom(...WRONG_TYPES), adversarialString, fc.constantFrom(...NUMBERS));

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string>;
  values?: unknown[];
  in?: z.ZodType;
}
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** A plausible value for a string field, guessed from its name. */
function stringFor(key: string, pool: LivePool): fc.Arbitrary<string> {
  const k = key.toLowerCase();
  const base = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 40 }), adversarialString);
  if (k === 'id') return fc.oneof({ weight: 4, arbitrary: live(() => [...pool.ids.article, ...pool.ids.claim, ...pool.ids.source, ...pool.ids.attachment]) }, { weight: 1, arbitrary: base });
  if (k.endsWith('id')) {
    const kind = (['article', 'claim', 'source', 'attachment'] as const).find((x) => k.startsWith(x)) ?? 'article';
    return fc.oneof({ weight: 4, arbitrary: live(() => pool.ids[kind]) }, { weight: 1, arbitrary: live(() => pool.ids.article) }, { weight: 1, arbitrary: base });
  }
  if (k === 'name') return fc.oneof({ weight: 2, arbitrary: live(() => pool.backupNames) }, fc.constantFrom('note.txt', 'évidence.pdf', 'a.html'), base);
  if (k === 'from' || k === 'to' || k === 'speaker') return fc.oneof(live(() => pool.speakers), base);
  if (k.endsWith('at')) return fc.oneof(fc.constantFrom('2024-02-29', '2023-09-13T09:27', '2024-01-01T00:00:00.000Z', '1900-01-01'), base);
  if (k.includes('url')) return fc.oneof(fc.constantFrom('https://example.org/a', 'http://127.0.0.1:9/x', 'https://example.org/' + 'p/'.repeat(50)), base);
  if (k === 'text') return fc.oneof(fc.tuple(fc.nat(), adversarialString).map(([n, bad]) => `Le ministre a déclaré que le chômage a baissé de ${n % 50} % en 2023.\n\n${bad}\n\n« Nous avons tenu parole », a-t-il affirmé.`), base);
  if (k === 'language') return fc.oneof(fc.constantFrom('fr', 'en', 'de'), base);
  if (k === 'database64') return fc.oneof(fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b).toString('base64')), fc.constantFrom(Buffer.from('<p onclick=alert(1)>x</p>').toString('base64'), '!!!not base64!!!', '===='), base);
  return base;
}

/**
 * An arbitrary for a method's input built from its zod schema: mostly the
 * right shape with values from the live pool, and at every field a chance of an
 * adversarial or wrongly typed value, a missing field or an extra key.
 */
export function fromSchema(schema: z.ZodType, pool: LivePool, key = ''): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  let valid: fc.Arbitrary<unknown>;
  switch (def.type) {
    case 'object': {
      const shape = def.shape ?? {};
      const fields = Object.fromEntries(Object.entries(shape).map(([k, s]) => [k, fromSchema(s, pool, k)]));
      const required = Object.keys(shape).filter((k) => !['optional', 'default', 'prefault'].includes(defOf(shape[k]!).type));
      const usual = fc.record(fields, { requiredKeys: required as never[] }) as fc.Arbitrary<Record<string, unknown>>;
      const any = fc.record(fields, { requiredKeys: [] as never[] }) as fc.Arbitrary<Record<string, unknown>>;
      valid = fc.oneof(
        { weight: 5, arbitrary: usual },
        { weight: 1, arbitrary: any },
        {
          weight: 1,
          arbitrary: fc.tuple(usual, fc.constantFrom('__proto__', 'constructor', 'extra', 'toString'), anyValue).map(([o, k, v]) => {
            const copy: Record<string, unknown> = { ...o };
            Object.defineProperty(copy, k, { value: v, enumerable: true, configurable: true, writable: true });
            return copy;
          }),
        },
      );
      break;
    }
    case 'string':
      valid = stringFor(key, pool);
      break;
    case 'number':
      valid = fc.oneof(fc.integer({ min: -10, max: 200 }), fc.constantFrom(...NUMBERS), fc.nat().map((n) => (n % (pool.bodyLength + 2)) - 1));
      break;
    case 'boolean':
      valid = fc.boolean();
      break;
    case 'enum':
      valid = fc.constantFrom(...Object.values(def.entries ?? {}), 'HTML', 'none');
      break;
    case 'literal':
      valid = fc.constantFrom(...(def.values ?? ['']));
      break;
    case 'array':
      valid = fc.oneof(fc.array(fromSchema(def.element!, pool, key), { maxLength: 6 }), fc.constant(Array.from({ length: 5_000 }, (_, i) => `t${i}`)));
      break;
    case 'optional':
      return fc.oneof(fc.constant(undefined), fromSchema(def.innerType!, pool, key));
    case 'nullable':
      return fc.oneof(fc.constant(null), fromSchema(def.innerType!, pool, key));
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
      return fc.oneof(fc.constant(undefined), fromSchema(def.innerType!, pool, key));
    case 'pipe':
      return fromSchema(def.in!, pool, key);
    case 'union':
      valid = fc.oneof(...(def.options ?? []).map((o) => fromSchema(o, pool, key)));
      break;
    default:
      valid = fc.anything();
  }
  return fc.oneof({ weight: 12, arbitrary: valid }, { weight: 1, arbitrary: anyValue });
}

/** Inputs with no regard for the schema at all, including values only structured clone (Electron IPC) can carry. */
export const shapeless: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: true, withSparseArray: true, maxDepth: 3 }),
  anyValue,
);
