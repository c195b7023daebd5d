import pg from 'pg';

/**
 * How the PostgreSQL adapter reads values back, so the API sees what SQLite
 * gives (the rest of the conversion layer is ../codec.ts): timestamptz as the
 * ISO 8601 string the app wrote (milliseconds, Z), and bigint (count(*)) as
 * a number. Set on the adapter's own pool, not globally: another user of
 * `pg` in the process keeps the driver's defaults.
 */
const TIMESTAMPTZ = 1184;
const INT8 = 20;

const parseTimestamp = pg.types.getTypeParser(TIMESTAMPTZ);

export const factbenchTypes: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (oid === TIMESTAMPTZ) {
      return (text: string) => {
        const value = parseTimestamp(text) as unknown;
        return value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString() : text;
      };
    }
    if (oid === INT8) return (text: string) => Number(text);
    return pg.types.getTypeParser(oid, format ?? 'text');
  }) as pg.CustomTypesConfig['getTypeParser'],
};
