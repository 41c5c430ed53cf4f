/** Collects the values of a query: every value is a `$n` placeholder, never text in the SQL. */
export class SqlParams {
  readonly values: unknown[] = [];
  private readonly constants = new Map<string, string>();

  constructor(private readonly offset: number) {}

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.offset + this.values.length}`;
  }

  /** A value used many times (regexes), bound once. */
  constant(value: string): string {
    let placeholder = this.constants.get(value);
    if (!placeholder) {
      placeholder = this.add(value);
      this.constants.set(value, placeholder);
    }
    return placeholder;
  }
}
