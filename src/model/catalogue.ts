import { z } from 'zod';
import { offeringSchema } from './offering.js';
import { idSchema } from './primitives.js';

/**
 * A category of training, a free label such as "Teaching & Learning".
 *
 * @example
 * ```ts
 * categorySchema.parse({ id: 'pastoral', name: 'Pastoral care / restorative practice' });
 * ```
 */
export const categorySchema = z.strictObject({
  /** Unique among the catalogue's categories. */
  id: idSchema,
  /** A free label such as "Teaching & Learning". */
  name: z.string().min(1),
  /** What the category covers. */
  description: z.string().max(2000).optional(),
});

/**
 * The catalogue: categories and offerings.
 *
 * @example
 * ```ts
 * catalogueSchema.parse({ categories: [], offerings: [] });
 * ```
 */
export const catalogueSchema = z.strictObject({
  /** The categories of training. */
  categories: z.array(categorySchema).max(1000),
  /** Every offering, in any format. */
  offerings: z.array(offeringSchema).max(100_000),
});

/**
 * A category of training.
 *
 * @example
 * ```ts
 * const category: Category = { id: 'tl', name: 'Teaching & Learning' };
 * ```
 */
export type Category = z.infer<typeof categorySchema>;
/**
 * Categories and offerings.
 *
 * @example
 * ```ts
 * const catalogue: Catalogue = exampleScenario().catalogue;
 * catalogue.offerings.length; // 3
 * ```
 */
export type Catalogue = z.infer<typeof catalogueSchema>;
