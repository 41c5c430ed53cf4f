const SUFFIX = ' (copy)';
/** JourneyName's limit, counted as class-validator counts it: by code point. */
const MAX_NAME = 200;

/** `"<name> (copy)"`, the name shortened when needed so the copy can still be renamed and saved under the name limit. */
export function copyName({ name }: { name: string }): string {
  const characters = Array.from(name);
  const room = MAX_NAME - SUFFIX.length;
  return `${characters.length > room ? characters.slice(0, room).join('') : name}${SUFFIX}`;
}
