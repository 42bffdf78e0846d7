/**
 * @module
 * One answer for every failure: the API gets `{ "error": { "code", "message" } }`, pages get
 * the Arabic error page. Unexpected errors are logged with their stack and answered without it.
 */
import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { AppEnv } from '../app-env'
import type { ApiErrorBody } from '../schema/api/error'
import { CorruptRecordError, StorageUnavailableError } from '../store/read-record'
import { ErrorPage, errorHeading, readerMessage } from '../views/error-page'
import { PublicError } from './public-error'

type ErrorAnswer = {
  status: ContentfulStatusCode
  code: string
  message: string
  /** The request field at fault: the page names it in words, not as sent. */
  field?: { name: string; detail: string }
  headers?: Record<string, string>
}

/** Seconds a client should wait before retrying after a storage fault. */
const RETRY_AFTER_SECONDS = '30'

const CODES_BY_STATUS: Record<number, string> = {
  400: 'invalid_request',
  404: 'not_found',
  405: 'method_not_allowed',
  501: 'not_implemented',
}

function classify(error: unknown): ErrorAnswer {
  if (error instanceof PublicError)
    return {
      status: error.status,
      code: error.code,
      message: error.message,
      ...(error.field ? { field: { name: error.field, detail: error.detail } } : {}),
    }
  if (error instanceof CorruptRecordError || error instanceof StorageUnavailableError) {
    const event = error instanceof CorruptRecordError ? 'corrupt_kv_record' : 'kv_unavailable'
    console.error(JSON.stringify({ event, key: error.key, problem: error.problem }))
    return {
      status: 503,
      code: 'unavailable',
      message: 'المحتوى غير متاح مؤقتًا. حاول مرة أخرى بعد قليل.',
      headers: { 'Retry-After': RETRY_AFTER_SECONDS },
    }
  }
  if (error instanceof HTTPException && error.status < 500) {
    const status = error.status
    return { status, code: CODES_BY_STATUS[status] ?? 'invalid_request', message: 'طلب غير صالح' }
  }
  console.error(error)
  return { status: 500, code: 'internal_error', message: 'حدث خطأ غير متوقع. حاول مرة أخرى لاحقًا.' }
}

/** The API and the oEmbed endpoint get JSON errors; everything else is a page. */
export const wantsJson = (path: string) =>
  path === '/api' || path.startsWith('/api/') || path === '/oembed'

export function errorResponse(c: Context<AppEnv>, error: unknown): Response | Promise<Response> {
  const answer = classify(error)
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
