/** What the reports need of a TypeORM DataSource or EntityManager: a parameterised query. */
export interface AnalyticsDb {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- TypeORM's own signature returns rows as any
  query(sql: string, parameters?: unknown[]): Promise<any>;
}
