// The condition of a newest-first keyset page (`ORDER BY <time> DESC, id DESC`): the rows after
// the cursor's row. A cursor carries its row's instant as a JavaScript Date (milliseconds), the
// column holds microseconds: compared with the cursor's own instant, rows of the same millisecond
// but an earlier microsecond would be skipped. So the stored instant of the cursor's row is used,
// and the cursor's instant only when that row is gone.

export interface KeysetColumns {
  /** The table, for the look-up of the cursor's row. */
  table: string;
  /** The timestamp column the page is ordered by. */
  time: string;
  /** The table's alias in the query, or '' when it has none. */
  alias: string;
}

/** `at` and `id` are the placeholders of the cursor's values (`$2`, `:afterAt`, …). */
export function olderThanCursor(columns: KeysetColumns, at: string, id: string): string {
  const of = (column: string) => (columns.alias ? `${columns.alias}.${column}` : column);
  const cursorTime = `(SELECT cursor_row.${columns.time} FROM ${columns.table} cursor_row WHERE cursor_row.id = CAST(${id} AS uuid))`;
  return `(${of(columns.time)}, ${of('id')}) < (COALESCE(${cursorTime}, CAST(${at} AS timestamptz)), CAST(${id} AS uuid))`;
}
