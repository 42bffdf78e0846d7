/**
 * @module
 * The param validator of `/:slug`, the static pages at the site's root. Any single path segment
 * reaches that route, so a segment that is no slug (`/Favicon.PNG`, `/wp-login.php`) is simply a
 * page that does not exist: a 404, not the 400 a malformed article slug gets.
 */
import { validator } from 'hono/validator'
import * as v from 'valibot'
import { PageSlugParamSchema } from '../schema/api/route-params'
import { notFound } from './public-error'
import { withDoc } from './route-docs'

export const pageSlugParam = withDoc(
  validator('param', (params) => {
    const result = v.safeParse(PageSlugParamSchema, params)
    if (!result.success) throw notFound()
    return result.output
  }),
  { validates: { target: 'param', schema: PageSlugParamSchema } }
)
