/**
 * @module
 * JSON bodies made once per frozen record and origin (see `kept-by-record.ts`), with their strong
 * ETag: the article JSON, whose every byte derives from its record and the origin.
 */
import type { Context } from 'hono'
import type { AppEnv } from '../app-env'
import { encodeBody, finishBody, type EncodedBody } from './finished-body'
import { keptByRecord } from './kept-by-record'

const bodies = keptByRecord<EncodedBody>()

/**
 * `c.json(made())`, byte for byte, with `made()` called and its JSON encoded and hashed only when
 * `record` is not the frozen object it was last made from at this origin. `made` must derive its
 * value from `record` and the origin alone.
 */
export function jsonFromRecord(
  c: Context<AppEnv>,
  record: object,
  made: () => unknown
): Promise<Response> {
  const origin = c.var.origin
  let body = bodies.get(record, origin)
  if (!body) {
    body = encodeBody(JSON.stringify(made()))
    bodies.keep(record, origin, body)
  }
  c.header('Content-Type', 'application/json')
  return finishBody(c, c.body(body.bytes), body)
}
