import type { JourneyGraph } from '@cascade/journey';

/**
 * The graph with the seed keys under `fields` (e.g. `"templateId": "cart-email"`) replaced by the ids
 * the seeded rows got in a workspace; values that are not keys are left alone.
 */
export function withSeedIds<T extends Pick<JourneyGraph, 'nodes'>>(graph: T, fields: readonly string[], ids: Record<string, string>): T {
  const replace = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(replace);
    if (typeof value !== 'object' || value === null) return value;
    return Object.fromEntries(Object.entries(value).map(([key, inner]) =>
      [key, fields.includes(key) && typeof inner === 'string' && ids[inner] ? ids[inner] : replace(inner)]));
  };
  return replace(graph) as T;
}
