/**
 * @module
 * What every failure is answered with, worked out once for the whole app: the status, the stable
 * code and the Arabic message, the field at fault, and where the answer is JSON. Unexpected
 * errors are logged with their stack and answered without it. The answer itself, the API's
 * `{ "error": { "code", "message" } }` or the Arabic error page, is made by `routes/errors.tsx`.
 */
import { HTTPException } from 'hono/http-exception'
import { CorruptRecordError, StorageUnavailableError } from '../store/read-record'
import { PublicError } from './public-error'

export type ErrorAnswer = {
  status: HTTPException['status']
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

/** What an error is answered with: status, code, message, and headers (a 503's Retry-After). */
export function errorAnswer(error: unknown): ErrorAnswer {
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
