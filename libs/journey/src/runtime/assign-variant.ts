export interface WeightedVariant {
  id: string;
  weight: number;
}

/**
 * The split variant of a contact: a hash of (contact, journey, node) picks a bucket of 10,000,
 * so the same contact always gets the same variant, also on re-entry and across replays.
 */
export function assignVariant(input: { contactId: string; journeyId: string; nodeId: string; variants: WeightedVariant[] }): string {
  const total = input.variants.reduce((sum, variant) => sum + variant.weight, 0);
  const bucket = (hash32(`${input.journeyId}\u0000${input.nodeId}\u0000${input.contactId}`) % 10_000) / 10_000;
  let cumulative = 0;
  for (const variant of input.variants) {
    cumulative += variant.weight / total;
    if (bucket < cumulative) return variant.id;
  }
  return input.variants[input.variants.length - 1].id;
}

/** FNV-1a over UTF-16 code units, then MurmurHash3's finaliser for an even spread of the low bits. */
export function hash32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}
