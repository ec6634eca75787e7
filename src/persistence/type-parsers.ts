// One way of reading column values on both engines: money (numeric) and int8 stay strings so no
// amount ever passes through a float, and `date` stays `YYYY-MM-DD` instead of a local-time Date.
export const NUMERIC_OID = 1700;
export const INT8_OID = 20;
export const DATE_OID = 1082;

export const TEXT_AS_IS_OIDS = [NUMERIC_OID, INT8_OID, DATE_OID] as const;

type ParserFn = (value: string) => unknown;

/** The `types` option of a `pg` Pool: keeps the listed types as their text form. */
export function pgTypesKeepingText(pg: { types: { getTypeParser: (oid: number, format?: 'text' | 'binary') => ParserFn } }) {
  return {
    getTypeParser(oid: number, format?: 'text' | 'binary'): ParserFn {
      if ((TEXT_AS_IS_OIDS as readonly number[]).includes(oid)) return (value: string) => value;
      return pg.types.getTypeParser(oid, format);
    },
  };
}

/** The `parsers` option of PGlite with the same rule. */
export function pgliteParsersKeepingText(): Record<number, ParserFn> {
  const parsers: Record<number, ParserFn> = {};
  for (const oid of TEXT_AS_IS_OIDS) parsers[oid] = (value: string) => value;
  return parsers;
}
