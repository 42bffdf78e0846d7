/**
 * @module
 * A param validator for `:tag` that reads the segment as the client sent it. Hono hands route
 * params over already decoded, and silently keeps a broken `%` sequence as text; tags need the
 * raw segment to tell "كوريا%20الجنوبية" (fine) from "%E0%A4%A" (malformed).
 */
import type { Context } from 'hono'
import { routePath } from 'hono/route'
import { validator } from 'hono/validator'
import * as v from 'valibot'
import { TagParamSchema } from '../schema/api/tag-param'
import { withDoc } from './route-docs'
import { invalidRequest } from './validate'

/** The raw text of the path segment that the route pattern names `:name`. */
function rawSegment(c: Context, name: string): string {
  const patternSegments = routePath(c).split('/')
  const pathSegments = new URL(c.req.url).pathname.split('/')
  const index = patternSegments.findIndex(
    (segment) => segment === `:${name}` || segment.startsWith(`:${name}{`)
  )
  return pathSegments[index] ?? ''
}

export const tagParam = withDoc(
  validator('param', (_decoded, c) => {
    const result = v.safeParse(TagParamSchema, { tag: rawSegment(c, 'tag') })
    if (!result.success) throw invalidRequest(result.issues)
    return result.output
  }),
  { validates: { target: 'param', schema: TagParamSchema } }
)
