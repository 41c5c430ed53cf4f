/** A place where a value breaks its JSON Schema, relative to the value validated ('' = the value itself). */
export interface SchemaIssue {
  path: string;
  /** The JSON Schema keyword that failed (`required`, `format`, `oneOf`...). */
  keyword: string;
  /** A predicate to follow the field's name: "is required", "must be a number". */
  message: string;
}

export type Schema = Record<string, unknown>;

/** A JSON pointer (`/steps/0/within`) in the contract's path form (`steps[0].within`). */
export function pointerToPath(pointer: string): string {
  if (!pointer) return '';
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((path, segment) => (/^\d+$/.test(segment) ? `${path}[${segment}]` : path ? `${path}.${segment}` : segment), '');
}
