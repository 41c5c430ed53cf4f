import type { DataSource } from 'typeorm';

/** Per table: its row count and an md5 of every row's text, in a stable order. */
export type Fingerprint = Record<string, string>;

/**
 * A cheap fingerprint of every table of the test database: two equal fingerprints mean nothing was
 * inserted, updated or deleted in between (on the few hundred rows a test database holds, a few ms).
 */
export async function fingerprinter(dataSource: DataSource): Promise<() => Promise<Fingerprint>> {
  const tables: Array<{ name: string }> = await dataSource.query(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`);
  const sql = tables
    .map(({ name }) => `SELECT '${name}' AS name, count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS print FROM "${name}" t`)
    .join(' UNION ALL ');
  return async () => {
    const rows: Array<{ name: string; print: string }> = await dataSource.query(sql);
    return Object.fromEntries(rows.map((row) => [row.name, row.print]));
  };
}

/** The tables whose fingerprint differs. */
export function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  return Object.keys({ ...before, ...after }).filter((name) => before[name] !== after[name]).sort();
}
