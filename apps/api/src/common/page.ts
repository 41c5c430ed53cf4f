import { encodePageCursor, type PageCursor } from './page-cursor';

export interface Page<T> {
  items: T[];
  /** Pass as `cursor` for the next page; null on the last one. */
  nextCursor: string | null;
}

/**
 * A page from rows fetched with `limit + 1`: the extra row only says that another page exists,
 * so the last page never ends on an empty one.
 */
export function toPage<Row, Item>(rows: Array<{ row: Row; cursor: PageCursor }>, limit: number, toItem: (row: Row) => Item): Page<Item> {
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return { items: page.map(({ row }) => toItem(row)), nextCursor: rows.length > limit && last ? encodePageCursor(last.cursor) : null };
}
