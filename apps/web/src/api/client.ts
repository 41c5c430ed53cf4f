import createClient from 'openapi-fetch';
import type { components, paths } from './schema';

/** The API key of the signed-in workspace, kept in this browser only. */
const KEY_STORAGE = 'cascade.apiKey';

export function storedApiKey(): string | null {
  return localStorage.getItem(KEY_STORAGE);
}

export function storeApiKey(key: string | null): void {
  if (key) localStorage.setItem(KEY_STORAGE, key);
  else localStorage.removeItem(KEY_STORAGE);
}

/**
 * A schema of the API's OpenAPI document, e.g. `ApiSchema<'JourneyResponse'>`: the answers' types are
 * generated from the API (./schema.d.ts, `npm run api:types`), never copied by hand.
 */
export type ApiSchema<Name extends keyof components['schemas']> = components['schemas'][Name];

/** One refusal of the API, in its one error shape (docs/api.md#errors). */
export type ErrorDetail = ApiSchema<'ErrorDetailResponse'>;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details: ErrorDetail[] = [],
  ) {
    super(message);
  }
}

/**
 * The API, typed by its OpenAPI document: paths, path and query parameters, bodies and answers are
 * checked against it. Send with `apiResult`, e.g.
 * `apiResult(apiClient.GET('/api/v1/journeys/{id}', { params: { path: { id } } }))`.
 * Every request carries the stored key unless it sets its own Authorization header.
 */
export const apiClient = createClient<paths>({
  // Query strings as `query()` writes them: undefined, null and '' are left out.
  querySerializer: (params) => query(params as QueryParams).slice(1),
  // Looked up per request, so a fetch stubbed after start-up is the one used.
  fetch: (request) => globalThis.fetch(request),
});

apiClient.use({
  onRequest({ request }) {
    const key = storedApiKey();
    if (key && !request.headers.has('Authorization')) request.headers.set('Authorization', `Bearer ${key}`);
    return request;
  },
});

/** The Authorization header for an explicit key (a save started before signing out, a key being tried). */
export function withKey(key: string | undefined): { Authorization: string } | undefined {
  return key ? { Authorization: `Bearer ${key}` } : undefined;
}

/** The answer of an `apiClient` call; a non-2xx answer throws an ApiError with the API's message and details. */
export async function apiResult<T>(pending: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await pending;
  if (!response.ok) throw apiError(response, error);
  return data as T;
}

/**
 * JSON over HTTP with the stored key, for a path not (yet) called through `apiClient`: the answer's
 * type is the caller's word. A non-2xx answer throws an ApiError with the API's message and details.
 */
export async function api<T>(path: string, init: { method?: string; body?: unknown; key?: string } = {}): Promise<T> {
  const key = init.key ?? storedApiKey();
  const response = await fetch(path, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: {
      ...(key ? { Authorization: `Bearer ${key}` } : {}),
      ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  const body = text ? JSON.parse(text) : undefined;
  if (!response.ok) throw apiError(response, body);
  return body as T;
}

function apiError(response: Response, body: unknown): ApiError {
  const { message, details } = (body ?? {}) as { message?: unknown; details?: ErrorDetail[] };
  const text = Array.isArray(message) ? message.join('; ') : typeof message === 'string' ? message : response.statusText;
  return new ApiError(response.status, text, details ?? []);
}

type QueryParams = Record<string, string | number | boolean | undefined | null>;

/** A query string from the defined values only. */
export function query(params: QueryParams): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== '') search.set(name, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}
