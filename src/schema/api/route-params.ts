/**
 * @module
 * Route parameters, checked by `vValidator('param', ...)` before any KV read.
 */
import * as v from 'valibot'
import { SlugSchema } from '../slug'

export const SlugParamSchema = v.object({
  slug: v.pipe(SlugSchema, v.examples(['north-korea-russia-relations'])),
})
