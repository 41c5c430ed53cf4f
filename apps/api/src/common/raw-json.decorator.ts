import { Transform } from 'class-transformer';

/**
 * A free-form JSON field (attributes, event properties, conditions, graphs) kept exactly as parsed.
 * Left to class-transformer it is copied key by key, and keys named like Object.prototype members
 * (`constructor`, `toString`, `valueOf`, …) are dropped from it silently.
 */
export const RawJson = () => Transform(({ obj, key }) => (obj as Record<string, unknown>)[key]);
