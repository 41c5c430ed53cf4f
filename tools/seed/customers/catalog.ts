/** What the shop sells, with list prices in RUB. */
export const CATEGORIES = {
  mattress: { minPrice: 20_000, maxPrice: 60_000 },
  mattress_cover: { minPrice: 2_000, maxPrice: 6_000 },
  pillow: { minPrice: 1_500, maxPrice: 5_000 },
  blanket: { minPrice: 3_000, maxPrice: 12_000 },
  bed: { minPrice: 25_000, maxPrice: 90_000 },
  insurance: { minPrice: 1_500, maxPrice: 4_000 },
} as const;

export type Category = keyof typeof CATEGORIES;

/** Most customers come for a mattress or a bed; who comes back mostly buys bedding. */
export const FIRST_ORDER_MIX: readonly { category: Category; weight: number }[] = [
  { category: 'mattress', weight: 45 },
  { category: 'bed', weight: 12 },
  { category: 'pillow', weight: 23 },
  { category: 'blanket', weight: 15 },
  { category: 'mattress_cover', weight: 5 },
];
export const REPEAT_ORDER_MIX: readonly { category: Category; weight: number }[] = [
  { category: 'pillow', weight: 38 },
  { category: 'blanket', weight: 27 },
  { category: 'mattress_cover', weight: 15 },
  { category: 'mattress', weight: 12 },
  { category: 'bed', weight: 4 },
  { category: 'insurance', weight: 4 },
];

/** Follow-up orders a big purchase often brings: a cover within days, insurance the same day. */
export const ADD_ONS: Partial<Record<Category, readonly { category: Category; probability: number; withinDays: number }[]>> = {
  mattress: [{ category: 'mattress_cover', probability: 0.55, withinDays: 10 }, { category: 'insurance', probability: 0.2, withinDays: 0 }],
  bed: [{ category: 'insurance', probability: 0.25, withinDays: 0 }],
};

/** Share of orders paid with a promo discount, and its range. */
export const DISCOUNT = { probability: 0.3, min: 0.05, max: 0.2 };
