/**
 * @module
 * A static page («من نحن», «سياسة التحرير») as `/api/pages/:slug` serves it.
 */
import * as v from 'valibot'
import { AbsoluteUrlSchema } from './article'

export const PageResponseSchema = v.strictObject({
  page: v.strictObject({
    slug: v.string(),
    title: v.string(),
    /** Sanitised HTML of the page's body. */
    html: v.string(),
    /** Absolute URL of the page on the site. */
    url: AbsoluteUrlSchema,
  }),
})

export type PageResponse = v.InferOutput<typeof PageResponseSchema>
