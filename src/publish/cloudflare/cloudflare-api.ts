/**
 * @module
 * The few calls the publish step makes to Cloudflare's v4 API, sent with the credentials wrangler
 * uses (see `cloudflare-credentials.ts`). Answers come in Cloudflare's envelope,
 * `{ success, result, errors, messages }`. A 429, a 5xx, a timeout or a broken connection is
 * retried (`withRetry`); a refused credential is reported at once, since retrying cannot mend it.
 */
import { DEFAULT_RETRY, retryAfterMs, TransientError, withRetry, type RetryOptions } from './retry'

export type CloudflareAuth = { apiToken: string } | { authKey: string; authEmail: string }

export type CloudflareApiOptions = {
  /** `https://api.cloudflare.com/client/v4`, or `CLOUDFLARE_API_BASE_URL`. */
  baseUrl: string
  auth: CloudflareAuth
  retry?: RetryOptions
  /** Longest wait for one answer before it counts as a transient failure. */
  timeoutMs?: number
}

/** Cloudflare refused the credentials: not logged in, a bad token, or one without the permission. */
export class CloudflareAuthError extends Error {}

/** Any other refusal: a 4xx that sending again would not change. */
export class CloudflareApiError extends Error {
  constructor(
    message: string,
    readonly status: number
  ) {
    super(message)
  }
}

type Envelope = {
  success?: boolean
  result?: unknown
  result_info?: { cursor?: string }
  errors?: Array<{ code?: number; message?: string }>
}

export type RequestInit = {
  query?: Record<string, string | undefined>
  /** A JSON-able value (sent as JSON) or bytes (sent as they are). */
  body?: unknown
  /** The content type of a body of bytes; `application/octet-stream` by default. */
  contentType?: string
}

/** Each request counted, for the publish report and the benchmark. */
type ApiStats = { calls: number; bytesSent: number; retries: number }

const authHeaders = (auth: CloudflareAuth): Record<string, string> =>
  'apiToken' in auth
    ? { authorization: `Bearer ${auth.apiToken}` }
    : { 'x-auth-key': auth.authKey, 'x-auth-email': auth.authEmail }

async function envelopeOf(response: Response): Promise<Envelope> {
  try {
    const body: unknown = await response.json()
    return body as Envelope
  } catch {
    return {}
  }
}

const failureText = (response: Response, envelope: Envelope) => {
  const first = envelope.errors?.[0]
  const detail = first
    ? `${first.message ?? ''}${first.code ? ` [code ${first.code}]` : ''}`
    : response.statusText
  return `${response.status} ${detail}`.trim()
}

export function cloudflareApi(options: CloudflareApiOptions) {
  const headers = authHeaders(options.auth)
  const stats: ApiStats = { calls: 0, bytesSent: 0, retries: 0 }
  const timeoutMs = options.timeoutMs ?? 120_000

  /** One try: the answer for a 2xx or a 404, a typed error for anything else. */
  async function once(
    method: string,
    url: string,
    body: BodyInit | undefined,
    bytes: number,
    contentType?: string
  ) {
    stats.calls++
    stats.bytesSent += bytes
    let response: Response
    try {
      response = await fetch(url, {
        method,
        body,
        headers: { ...headers, ...(contentType ? { 'content-type': contentType } : {}) },
        signal: AbortSignal.timeout(timeoutMs),
      })
    } catch (error) {
      const reason =
        error instanceof Error
          ? ((error.cause as Error | undefined)?.message ?? error.message)
          : String(error)
      throw new TransientError(`${method} ${new URL(url).pathname}: ${reason}`)
    }
    if (response.ok || response.status === 404) return response
    const envelope = await envelopeOf(response)
    const what = `${method} ${new URL(url).pathname}: ${failureText(response, envelope)}`
    if (response.status === 429 || response.status >= 500)
      throw new TransientError(what, retryAfterMs(response.headers.get('retry-after')))
    if (response.status === 401 || response.status === 403) throw new CloudflareAuthError(what)
    throw new CloudflareApiError(what, response.status)
  }

  /**
   * Sends one request, retrying transient failures. Resolves with the answer of a 2xx or 404.
   * @throws CloudflareAuthError, CloudflareApiError, or GaveUpError once retries run out.
   */
  async function send(method: string, path: string, init: RequestInit = {}): Promise<Response> {
    const url = new URL(options.baseUrl.replace(/\/$/, '') + path)
    for (const [name, value] of Object.entries(init.query ?? {}))
      if (value !== undefined) url.searchParams.set(name, value)
    const isBytes = init.body instanceof Uint8Array
    const body =
      init.body === undefined
        ? undefined
        : isBytes
          ? (init.body as Uint8Array)
          : JSON.stringify(init.body)
    const bytes =
      body === undefined ? 0 : typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength
    let tries = 0
    return withRetry(() => {
      if (tries++ > 0) stats.retries++
      return once(
        method,
        url.href,
        body,
        bytes,
        body === undefined
          ? undefined
          : isBytes
            ? (init.contentType ?? 'application/octet-stream')
            : 'application/json'
      )
    }, options.retry ?? DEFAULT_RETRY)
  }

  /** Sends a request whose answer is an envelope, and returns it; a 404 is an error here. */
  async function call(method: string, path: string, init?: RequestInit): Promise<Envelope> {
    const response = await send(method, path, init)
    const envelope = await envelopeOf(response)
    if (!response.ok || envelope.success === false)
      throw new CloudflareApiError(
        `${method} ${path}: ${failureText(response, envelope)}`,
        response.status
      )
    return envelope
  }

  return { send, call, stats }
}
