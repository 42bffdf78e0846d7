/**
 * @module
 * Pages kept by the frozen record they are made from. A page whose every byte derives from one
 * record and the origin (the article page) is made once per record object: the store hands out
 * the same deeply frozen object for as long as KV answers with exactly the text it was parsed
 * from (`parsed-records.ts`), and such an object can never change, so neither can its page.
 *
 * This is what makes a publish cheap for the pages it did not touch: a publish changes every
 * edge-cache key at once, and each page is then rendered again, though most records come back
 * from KV byte for byte as they were. A changed record is a new object and gets a new page; a
 * record the parse memo lets go takes its page with it (the map is weak).
 */
import type { Context } from 'hono'
import type { AppEnv } from '../app-env'
import { answerPage, pageMadeFor, type MadePage } from './renderer'

const kept = new WeakMap<object, { origin: string; made: MadePage }>()

/**
 * The page `render` makes from `record`, answered from the one made before when `record` is the
 * same frozen object and the origin the same. `render` must derive the whole page from `record`
 * and the origin: nothing from the clock, the query or the request's headers. (A record with
 * links hidden until later is a fresh, unfrozen view of it, see `releasedView`, and is never kept.)
 */
export async function renderFromRecord(
  c: Context<AppEnv>,
  record: object,
  render: () => Response | Promise<Response>
): Promise<Response> {
  const origin = c.var.origin
  const known = kept.get(record)
  if (known?.origin === origin) return answerPage(c, known.made)
  const response = await render()
  const made = pageMadeFor(c.req.raw)
  if (made && response.status === 200 && Object.isFrozen(record)) kept.set(record, { origin, made })
  return response
}
