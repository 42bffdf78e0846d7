/**
 * @module
 * Pages made once per frozen record and origin (see `kept-by-record.ts`): the article page,
 * whose every byte derives from its record and the origin.
 */
import type { Context } from 'hono'
import type { AppEnv } from '../app-env'
import { keptByRecord } from '../http/kept-by-record'
import { answerPage, type MadePage } from './renderer'

const pages = keptByRecord<MadePage>()

/**
 * The page `render` makes from `record`, answered from the one made before when `record` is the
 * same frozen object and the origin the same. `render` must derive the whole page from `record`
 * and the origin: nothing from the clock, the query or the request's headers.
 */
export async function renderFromRecord(
  c: Context<AppEnv>,
  record: object,
  render: () => Response | Promise<Response>
): Promise<Response> {
  const origin = c.var.origin
  const known = pages.get(record, origin)
  if (known) return answerPage(c, known)
  const response = await render()
  const made = c.var.page
  if (made && response.status === 200) pages.keep(record, origin, made)
  return response
}
