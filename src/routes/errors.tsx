/**
 * @module
 * One answer for every failure (the app's `notFound` and `onError`): the API and oEmbed get
 * `{ "error": { "code", "message" } }`, pages get the Arabic error page, which names a field at
 * fault in words a reader knows.
 */
import type { Context } from 'hono'
import type { AppEnv } from '../app-env'
import { errorAnswer, wantsJson } from '../http/error-response'
import type { ApiErrorBody } from '../schema/api/error'
import { ErrorPage, errorHeading, readerMessage } from '../views/error-page'

export function errorResponse(c: Context<AppEnv>, error: unknown): Response | Promise<Response> {
  const answer = errorAnswer(error)
  for (const [name, value] of Object.entries(answer.headers ?? {})) c.header(name, value)
  if (wantsJson(c.req.path)) {
    const body: ApiErrorBody = { error: { code: answer.code, message: answer.message } }
    return c.json(body, answer.status)
  }
  c.status(answer.status)
  const message = answer.field
    ? readerMessage(answer.field.name, answer.field.detail)
    : answer.message
  return c.render(<ErrorPage status={answer.status} message={message} />, {
    title: errorHeading(answer.status),
  })
}
