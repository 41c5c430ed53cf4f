import { DomainError } from './domain-error';

/**
 * The one wording of a missing resource: `notFoundMessage('sandbox_message', id)` is
 * "Sandbox message <id> does not exist.". Another workspace's resource reads the same.
 */
export function notFoundMessage(resource: string, id: string): string {
  const words = resource.replace(/_/g, ' ');
  return `${words.charAt(0).toUpperCase()}${words.slice(1)} ${id} does not exist.`;
}

/**
 * The one shape of a missing resource, whatever it is: code `<resource>_not_found`, the message of
 * `notFoundMessage`, and one detail at `path` (the input that named it; `id` for a path parameter).
 */
export function notFound<Resource extends string>(resource: Resource, id: string, path = 'id'): DomainError<`${Resource}_not_found`> {
  const code = `${resource}_not_found` as const;
  const message = notFoundMessage(resource, id);
  return new DomainError('not_found', code, message, [{ path, code, message }]);
}
