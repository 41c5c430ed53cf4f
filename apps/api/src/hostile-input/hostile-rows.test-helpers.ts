import type { RawRequest } from './raw-http.test-helpers';
import type { IdKind, Workspace } from './hostile-fixtures.test-helpers';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** The calling workspace and another one, whose ids the caller must never reach. */
export interface Workspaces {
  own: Workspace;
  other: Workspace;
}

/** How a path parameter is filled: an id of a workspace, one of its signed links, or a fixed value. */
export type ParamFill = IdKind | { token: keyof Workspace['tokens'] } | { fixed: string };

/** One hostile request and the 4xx it must get, with nothing written. */
export interface Row {
  name: string;
  status: number;
  /** The field the answer's `details` must name: that path, or one inside it. */
  names?: string;
  request(workspaces: Workspaces): RawRequest;
}

/** A row of one endpoint's own: a body or query change on its valid request. */
export interface RowSpec {
  name: string;
  status: number;
  names?: string;
  body?: (workspaces: Workspaces) => JsonObject;
  /** Merged into the endpoint's query; undefined removes a parameter. */
  query?: Record<string, string | string[] | undefined>;
  headers?: Record<string, string>;
}

export const bodyRow = (name: string, body: (workspaces: Workspaces) => JsonObject, status: number, names?: string): RowSpec => ({ name, body, status, names });
export const headerRow = (name: string, headers: Record<string, string>, status: number, names?: string): RowSpec => ({ name, headers, status, names });
export const queryRow = (name: string, query: RowSpec['query'], status: number, names?: string): RowSpec => ({ name, query, status, names });

/** Sets `path` (`caps[0].max`, `event.properties.plan`) in a copy of `value`. */
export function withField(value: JsonObject, path: string, field: Json | undefined): JsonObject {
  const copy = structuredClone(value);
  const keys = path.split(/\.|\[(\d+)\]/).filter((key) => key !== undefined && key !== '');
  let parent: Record<string, Json> = copy;
  for (const key of keys.slice(0, -1)) {
    parent[key] ??= {};
    parent = parent[key] as Record<string, Json>;
  }
  const last = keys[keys.length - 1];
  if (field === undefined) delete parent[last];
  else parent[last] = field;
  return copy;
}

export const json = (value: unknown): Buffer => Buffer.from(JSON.stringify(value), 'utf8');

/** `[[[…]]]` `levels` deep, as text: JSON.stringify of such a value would overflow the stack itself. */
export const deepArrayText = (levels: number): string => `${'['.repeat(levels)}${']'.repeat(levels)}`;

/** A JSON body with `text` spliced in raw where `path` holds a placeholder (a deep value, invalid bytes). */
export function splice(value: JsonObject, path: string, raw: Buffer | string): Buffer {
  const marker = '\u0001splice\u0001';
  const text = JSON.stringify(withField(value, path, marker));
  const [before, after] = text.split(JSON.stringify(marker));
  return Buffer.concat([Buffer.from(before, 'utf8'), Buffer.isBuffer(raw) ? raw : Buffer.from(raw, 'utf8'), Buffer.from(after, 'utf8')]);
}
