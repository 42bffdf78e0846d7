/**
 * @module
 * A local stand-in for the slice of Cloudflare's v4 REST API that this project reaches through
 * wrangler: Workers KV (single and bulk reads, writes, deletes, key listing) and what
 * `wrangler deploy` of a module Worker calls. Tests point the real wrangler binary at it with
 * `env()`; it replaces the network, never wrangler.
 *
 * It answers as Cloudflare does, limits included: the `{ success, result, errors, messages }`
 * envelope, a 403 for a missing or wrong token, a 404 naming any route it lacks (recorded, so a
 * test sees what wrangler asked for), and KV's size and count limits, refusing a whole request
 * (writing nothing) when any part of it is over. Where Cloudflare documents an error code it is
 * used; where it does not, the status and message follow workerd's KV limits (as miniflare
 * reproduces them) and the code is 10001, the validation code of miniflare's local API explorer,
 * which is built from Cloudflare's published API schema.
 */
import { randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export type RecordedCall = {
  method: string
  /** the path after `/client/v4`, as sent (keys stay percent-encoded); any other path whole */
  path: string
  query: Record<string, string>
  status: number
  requestBytes: number
  /** ms since the stand-in started, when the request arrived */
  at: number
  /** for bulk writes and deletes: how many pairs or keys the body held */
  batchSize?: number
  /** for bulk writes and deletes: the keys, in the body's order */
  keys?: string[]
}

export type Fault = {
  status: number
  /** seconds, sent as `Retry-After` */
  retryAfter?: number
  code?: number
  message?: string
}

export type FaultMatch = {
  method?: string
  /** tested against the path after `/client/v4` */
  path: RegExp
  /** matching requests to let by first: `after: 1` fails the second */
  after?: number
  /** only requests whose body contains this text (e.g. a key name in a bulk write) */
  bodyIncludes?: string
}

/** One part of a Worker upload, as wrangler sent it. */
export type UploadedPart = { name: string; size: number; type: string; filename?: string }

export type WorkerVersion = {
  id: string
  number: number
  /** `PUT /workers/scripts/:name` (a new Worker: upload and deploy at once) or `POST …/versions` */
  via: 'script upload' | 'version upload'
  query: Record<string, string>
  /** the parsed `metadata` part: `main_module`, `bindings`, `compatibility_date`, … */
  metadata: Record<string, unknown>
  /** every part but `metadata`: the modules (and source maps), with their sizes */
  parts: UploadedPart[]
}

export type WorkerDeployment = {
  id: string
  /** `script upload` deploys the version it made; `deployments API` is `POST …/deployments` */
  via: 'script upload' | 'deployments API'
  versions: Array<{ version_id: string; percentage: number }>
  annotations?: Record<string, unknown>
  created_on: string
}

export type StandInWorker = {
  name: string
  tag: string
  created_on: string
  versions: WorkerVersion[]
  /** oldest first */
  deployments: WorkerDeployment[]
  /** the last `PATCH …/script-settings` body, merged */
  settings: Record<string, unknown>
  subdomain: { enabled: boolean; previews_enabled: boolean }
}

export type StandInObject = { bytes: Uint8Array; contentType: string | null }

export interface CloudflareStandIn {
  /** `http://127.0.0.1:<port>/client/v4` */
  baseUrl: string
  accountId: string
  /** the one API token it accepts */
  token: string
  /** every request, in order of arrival */
  calls: RecordedCall[]
  /** the KV namespace's contents (created on first use), key → raw bytes */
  namespace(id: string): Map<string, Uint8Array>
  /** an R2 bucket's objects (created on first use), key → bytes and content type */
  bucket(name: string): Map<string, StandInObject>
  /** the next `times` authenticated requests matching get `fault` instead of being served (nothing is written) */
  failNext(match: FaultMatch, fault: Fault, times?: number): void
  clearFaults(): void
  /** what `wrangler deploy` uploaded, per script name */
  workers: Map<string, StandInWorker>
  /** env vars that point the real wrangler at this stand-in; `undefined` in `overrides` removes a variable */
  env(overrides?: Record<string, string | undefined>): NodeJS.ProcessEnv
  close(): Promise<void>
}

const API_PREFIX = '/client/v4'
/** Where `env()` sends wrangler's npm update check, so it is answered here and not by registry.npmjs.org. */
const NPM_REGISTRY_PREFIX = '/npm-registry/'

// Workers KV's limits (https://developers.cloudflare.com/kv/platform/limits/ and the API reference).
export const KV_LIMITS = {
  maxKeyBytes: 512,
  maxValueBytes: 25 * 1024 * 1024,
  maxBulkPairs: 10_000,
  maxBulkGetKeys: 100,
  /** Cloudflare says "100 MB"; the decimal reading is the stricter one, so a batch that passes here passes there. */
  maxRequestBytes: 100_000_000,
  maxListLimit: 1000,
  minListLimit: 10,
} as const

const CODE = {
  authentication: 10000,
  invalidRequest: 10001,
  keyNotFound: 10009,
  scriptNotFound: 10007,
  serviceNotFound: 10090,
  scriptValidation: 10021,
  noRoute: 7003,
  objectNotFound: 10007,
  rateLimited: 971,
} as const

type Json = Record<string, unknown>
type Reply = { status: number; headers?: Record<string, string>; body: Buffer | string }
type ApiRequest = {
  method: string
  path: string
  query: URLSearchParams
  headers: IncomingMessage['headers']
  body: Buffer
  tooLarge: boolean
}
type Params = Record<string, string>
type Route = {
  method: string
  pattern: RegExp
  handle: (request: ApiRequest, params: Params, call: RecordedCall) => Reply | Promise<Reply>
}
type PendingFault = FaultMatch & { fault: Fault; toPass: number; remaining: number }

// ── the envelope ────────────────────────────────────────────────────────────────────────────

function json(status: number, body: Json, headers: Record<string, string> = {}): Reply {
  return {
    status,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  }
}

function ok(result: unknown, extra: Json = {}): Reply {
  return json(200, { success: true, errors: [], messages: [], result, ...extra })
}

function fail(
  status: number,
  code: number,
  message: string,
  headers: Record<string, string> = {}
): Reply {
  return json(
    status,
    { success: false, errors: [{ code, message }], messages: [], result: null },
    headers
  )
}

const invalid = (message: string) => fail(400, CODE.invalidRequest, message)

// ── KV helpers ──────────────────────────────────────────────────────────────────────────────

const utf8 = new TextEncoder()
const compareUtf8 = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b))

/** Why `key` may not be stored, as workerd words it, or null. */
function keyProblem(key: string): Reply | null {
  if (key === '') return invalid('Key names must not be empty')
  if (key === '.' || key === '..')
    return invalid(`Illegal key name "${key}". Please use a different name.`)
  const bytes = Buffer.byteLength(key)
  if (bytes > KV_LIMITS.maxKeyBytes)
    return fail(
      414,
      CODE.invalidRequest,
      `UTF-8 encoded length of ${bytes} exceeds key length limit of ${KV_LIMITS.maxKeyBytes}.`
    )
  return null
}

function valueProblem(bytes: number): Reply | null {
  if (bytes <= KV_LIMITS.maxValueBytes) return null
  return fail(
    413,
    CODE.invalidRequest,
    `Value length of ${bytes} exceeds limit of ${KV_LIMITS.maxValueBytes}.`
  )
}

function parseJson(body: Buffer): { value: unknown } | null {
  try {
    return { value: JSON.parse(body.toString('utf8')) }
  } catch {
    return null
  }
}

// Cursors are opaque to clients; this one names the last key returned, so a listing stays
// correct while keys are written or deleted between pages.
const encodeCursor = (key: string) => Buffer.from(key).toString('base64url')
const decodeCursor = (cursor: string) => Buffer.from(cursor, 'base64url').toString('utf8')

// ── Worker upload helpers ───────────────────────────────────────────────────────────────────

type FormPart =
  | string
  | {
      name: string
      type: string
      size: number
      text(): Promise<string>
      arrayBuffer(): Promise<ArrayBuffer>
    }

const isMultipart = (request: ApiRequest) =>
  (request.headers['content-type'] ?? '').startsWith('multipart/form-data')

/** The fields of a `multipart/form-data` body, in order, parsed by the web `Request.formData()`. */
async function formParts(request: ApiRequest): Promise<Array<[string, FormPart]>> {
  const parsing = new globalThis.Request('http://stand-in/form', {
    method: 'POST',
    headers: { 'content-type': request.headers['content-type']! },
    body: request.body,
  })
  // workers-types describe workerd's FormData, whose file parts are strings unless a
  // compatibility flag is set; on Node they are `File`s.
  return [...(await parsing.formData()).entries()] as Array<[string, FormPart]>
}

const partText = async (part: FormPart) => (typeof part === 'string' ? part : await part.text())

/** The parts of a Worker upload: its `metadata` JSON and every module. */
async function readUpload(
  request: ApiRequest
): Promise<{ metadata: Json; parts: UploadedPart[] } | Reply> {
  if (!isMultipart(request)) return invalid('Expected a multipart/form-data Worker upload')
  let metadata: Json | null = null
  const parts: UploadedPart[] = []
  for (const [name, value] of await formParts(request)) {
    if (name === 'metadata') {
      const parsed = parseJson(Buffer.from(await partText(value)))
      if (!parsed || typeof parsed.value !== 'object' || parsed.value === null)
        return invalid('The metadata part is not a JSON object')
      metadata = parsed.value as Json
    } else if (typeof value === 'string') {
      parts.push({ name, size: Buffer.byteLength(value), type: 'text/plain' })
    } else {
      parts.push({ name, size: value.size, type: value.type, filename: value.name })
    }
  }
  if (!metadata) return invalid('The upload has no metadata part')
  const main = metadata.main_module ?? metadata.body_part
  if (typeof main !== 'string' || !parts.some((part) => part.name === main)) {
    return fail(400, CODE.scriptValidation, `Uncaught Error: No such module "${String(main)}".`)
  }
  return { metadata, parts }
}

/** The route's path parameters, percent-decoded (keys arrive as `v1%3Amanifest`), or null if one is malformed. */
function decodeParams(groups: Params): Params | null {
  try {
    return Object.fromEntries(
      Object.entries(groups).map(([name, value]) => [name, decodeURIComponent(value)])
    )
  } catch {
    return null
  }
}

const now = () => new Date().toISOString()
const hex32 = () => randomUUID().replaceAll('-', '')

// ── the server ──────────────────────────────────────────────────────────────────────────────

export async function startCloudflareStandIn(
  options: { token?: string; accountId?: string } = {}
): Promise<CloudflareStandIn> {
  const token = options.token ?? 'stand-in-token'
  const accountId = options.accountId ?? '9a7806061c88ada191ed06f989cc3dac'
  const startedAt = performance.now()
  const calls: RecordedCall[] = []
  const namespaces = new Map<string, Map<string, Uint8Array>>()
  const kvMetadata = new Map<string, Map<string, unknown>>()
  const workers = new Map<string, StandInWorker>()
  const buckets = new Map<string, Map<string, StandInObject>>()
  let faults: PendingFault[] = []

  const namespace = (id: string) => {
    let contents = namespaces.get(id)
    if (!contents) namespaces.set(id, (contents = new Map()))
    return contents
  }
  const metadataOf = (id: string) => {
    let metadata = kvMetadata.get(id)
    if (!metadata) kvMetadata.set(id, (metadata = new Map()))
    return metadata
  }
  const writeKey = (ns: string, key: string, value: Uint8Array, metadata: unknown) => {
    namespace(ns).set(key, value)
    if (metadata === undefined) metadataOf(ns).delete(key)
    else metadataOf(ns).set(key, metadata)
  }
  const deleteKey = (ns: string, key: string) => {
    namespace(ns).delete(key)
    metadataOf(ns).delete(key)
  }

  const bucket = (name: string) => {
    let objects = buckets.get(name)
    if (!objects) buckets.set(name, (objects = new Map()))
    return objects
  }

  // ── R2 routes: the bucket (wrangler deploy checks that a bound one exists) and its objects ──

  function getBucket(_request: ApiRequest, { bucket: name }: Params): Reply {
    bucket(name!)
    return ok({
      name,
      creation_date: new Date(startedAt + performance.timeOrigin).toISOString(),
      location: 'WEUR',
      storage_class: 'Standard',
    })
  }

  function putObject(request: ApiRequest, { bucket: name, key }: Params): Reply {
    const contentType = request.headers['content-type'] ?? null
    bucket(name!).set(key!, { bytes: new Uint8Array(request.body), contentType })
    return ok({ key, size: request.body.length, uploaded: new Date().toISOString() })
  }

  function getObject(_request: ApiRequest, { bucket: name, key }: Params): Reply {
    const object = bucket(name!).get(key!)
    if (!object) return fail(404, CODE.objectNotFound, 'The specified key does not exist.')
    return {
      status: 200,
      headers: { 'content-type': object.contentType ?? 'application/octet-stream' },
      body: Buffer.from(object.bytes),
    }
  }

  function deleteObject(_request: ApiRequest, { bucket: name, key }: Params): Reply {
    bucket(name!).delete(key!)
    return ok({})
  }

  // ── KV routes ──

  function getValue(_request: ApiRequest, { ns, key }: Params): Reply {
    const value = namespace(ns!).get(key!)
    if (!value) return fail(404, CODE.keyNotFound, "get: 'key not found'")
    return {
      status: 200,
      headers: { 'content-type': 'application/octet-stream' },
      body: Buffer.from(value),
    }
  }

  async function putValue(request: ApiRequest, { ns, key }: Params): Promise<Reply> {
    const problem = keyProblem(key!)
    if (problem) return problem
    let value: Uint8Array = request.body
    let metadata: unknown
    // `wrangler kv key put --metadata` sends the value and its metadata as form fields.
    if (isMultipart(request)) {
      const fields = new Map(await formParts(request))
      const field = fields.get('value')
      if (field === undefined) return invalid('Missing value field')
      value =
        typeof field === 'string' ? utf8.encode(field) : new Uint8Array(await field.arrayBuffer())
      const metadataField = fields.get('metadata')
      if (metadataField !== undefined) {
        const parsed = parseJson(Buffer.from(await partText(metadataField)))
        if (!parsed) return invalid('Invalid metadata JSON')
        metadata = parsed.value
      }
    }
    const tooLarge = valueProblem(value.byteLength)
    if (tooLarge) return tooLarge
    writeKey(ns!, key!, new Uint8Array(value), metadata)
    return ok({})
  }

  function deleteValue(_request: ApiRequest, { ns, key }: Params): Reply {
    deleteKey(ns!, key!)
    return ok({})
  }

  function listKeys(request: ApiRequest, { ns }: Params): Reply {
    const limit = Number(request.query.get('limit') ?? KV_LIMITS.maxListLimit)
    if (
      !Number.isInteger(limit) ||
      limit < KV_LIMITS.minListLimit ||
      limit > KV_LIMITS.maxListLimit
    ) {
      return invalid(
        `limit: must be an integer from ${KV_LIMITS.minListLimit} to ${KV_LIMITS.maxListLimit}`
      )
    }
    const prefix = request.query.get('prefix') ?? ''
    const cursor = request.query.get('cursor')
    const after = cursor ? decodeCursor(cursor) : null
    const names = [...namespace(ns!).keys()]
      .filter((name) => name.startsWith(prefix) && (after === null || compareUtf8(name, after) > 0))
      .sort(compareUtf8)
    const page = names.slice(0, limit)
    const more = names.length > limit
    const metadata = metadataOf(ns!)
    const result = page.map((name) =>
      metadata.has(name) ? { name, metadata: metadata.get(name) } : { name }
    )
    return ok(result, {
      result_info: { count: page.length, cursor: more ? encodeCursor(page.at(-1)!) : '' },
    })
  }

  function bulkPut(request: ApiRequest, { ns }: Params, call: RecordedCall): Reply {
    const parsed = parseJson(request.body)
    if (!parsed || !Array.isArray(parsed.value))
      return invalid('Expected a JSON array of key-value pairs')
    const pairs = parsed.value as unknown[]
    call.batchSize = pairs.length
    call.keys = pairs.map((pair) => String((pair as { key?: unknown } | null)?.key))
    if (pairs.length > KV_LIMITS.maxBulkPairs)
      return invalid(
        `A bulk write may hold at most ${KV_LIMITS.maxBulkPairs} pairs, not ${pairs.length}`
      )
    // Everything is checked before anything is written: a refused request changes nothing.
    const writes: Array<{ key: string; value: Uint8Array; metadata: unknown }> = []
    for (const [index, pair] of pairs.entries()) {
      const { key, value, base64, metadata } = (pair ?? {}) as {
        key?: unknown
        value?: unknown
        base64?: unknown
        metadata?: unknown
      }
      if (typeof key !== 'string' || typeof value !== 'string')
        return invalid(`The item at index ${index} needs a string key and value`)
      const problem = keyProblem(key)
      if (problem) return keyLengthInBulk(problem)
      const bytes =
        base64 === true ? new Uint8Array(Buffer.from(value, 'base64')) : utf8.encode(value)
      const tooLarge = valueProblem(bytes.byteLength)
      if (tooLarge) return tooLarge
      writes.push({ key, value: bytes, metadata })
    }
    for (const write of writes) writeKey(ns!, write.key, write.value, write.metadata)
    return ok({ successful_key_count: writes.length, unsuccessful_keys: [] })
  }

  // Inside a JSON body a long key is a malformed request (400), not a long URL (414).
  const keyLengthInBulk = (problem: Reply): Reply =>
    problem.status === 414 ? { ...problem, status: 400 } : problem

  function bulkDelete(request: ApiRequest, { ns }: Params, call: RecordedCall): Reply {
    const parsed = parseJson(request.body)
    if (
      !parsed ||
      !Array.isArray(parsed.value) ||
      !parsed.value.every((key) => typeof key === 'string')
    )
      return invalid('Expected a JSON array of key names')
    const keys = parsed.value as string[]
    call.batchSize = keys.length
    call.keys = keys
    if (keys.length > KV_LIMITS.maxBulkPairs)
      return invalid(
        `A bulk delete may name at most ${KV_LIMITS.maxBulkPairs} keys, not ${keys.length}`
      )
    for (const key of keys) deleteKey(ns!, key)
    return ok({ successful_key_count: keys.length, unsuccessful_keys: [] })
  }

  function bulkGet(request: ApiRequest, { ns }: Params): Reply {
    const parsed = parseJson(request.body)
    const body = (parsed?.value ?? null) as {
      keys?: unknown
      type?: unknown
      withMetadata?: unknown
    } | null
    if (!body || !Array.isArray(body.keys) || !body.keys.every((key) => typeof key === 'string'))
      return invalid('keys: Expected an array of key names')
    const keys = body.keys as string[]
    if (keys.length > KV_LIMITS.maxBulkGetKeys)
      return invalid(`keys: Array must contain at most ${KV_LIMITS.maxBulkGetKeys} element(s)`)
    const type = body.type ?? 'text'
    if (type !== 'text' && type !== 'json') return invalid("type: Expected 'text' | 'json'")
    const contents = namespace(ns!)
    const metadata = metadataOf(ns!)
    const values: Json = {}
    for (const key of keys) {
      const bytes = contents.get(key)
      let value: unknown = null
      if (bytes) {
        const text = Buffer.from(bytes).toString('utf8')
        const parsedValue = type === 'json' ? parseJson(Buffer.from(bytes)) : { value: text }
        if (!parsedValue) return invalid(`The value of ${key} is not JSON`)
        value = parsedValue.value
      }
      values[key] =
        body.withMetadata === true
          ? bytes
            ? { value, metadata: metadata.get(key) ?? null }
            : null
          : value
    }
    return ok({ values })
  }

  // ── account routes ──

  const account = () => ({
    id: accountId,
    name: 'Stand-in account',
    type: 'standard',
    created_on: '2025-01-01T00:00:00Z',
    settings: { enforce_twofactor: false },
  })
  const pageInfo = (count: number) => ({
    page: 1,
    per_page: 20,
    count,
    total_count: count,
    total_pages: 1,
  })

  // ── Worker routes ──

  function script(worker: StandInWorker) {
    const latest = worker.versions.at(-1)
    const metadata = latest?.metadata ?? {}
    return {
      id: worker.name,
      tag: worker.tag,
      tags: (worker.settings.tags as string[] | undefined) ?? [],
      etag: latest ? hex32() : undefined,
      handlers: ['fetch'],
      named_handlers: [],
      created_on: worker.created_on,
      modified_on: now(),
      usage_model: 'standard',
      compatibility_date: metadata.compatibility_date,
      compatibility_flags: metadata.compatibility_flags ?? [],
      last_deployed_from: 'wrangler',
      has_assets: false,
      has_modules: true,
      logpush: false,
    }
  }

  function service(_request: ApiRequest, { name }: Params): Reply {
    const worker = workers.get(name!)
    if (!worker) return fail(404, CODE.serviceNotFound, 'workers.api.error.service_not_found')
    const environment = {
      environment: 'production',
      created_on: worker.created_on,
      modified_on: now(),
      script: script(worker),
    }
    return ok({
      id: worker.name,
      default_environment: environment,
      environments: [environment],
      created_on: worker.created_on,
      modified_on: now(),
    })
  }

  const scriptNotFound = () => fail(404, CODE.scriptNotFound, 'workers.api.error.script_not_found')

  function addVersion(
    worker: StandInWorker,
    via: WorkerVersion['via'],
    request: ApiRequest,
    upload: { metadata: Json; parts: UploadedPart[] }
  ): WorkerVersion {
    const version: WorkerVersion = {
      id: randomUUID(),
      number: worker.versions.length + 1,
      via,
      query: Object.fromEntries(request.query),
      ...upload,
    }
    worker.versions.push(version)
    return version
  }

  function addDeployment(
    worker: StandInWorker,
    via: WorkerDeployment['via'],
    versions: WorkerDeployment['versions'],
    annotations?: Json
  ): WorkerDeployment {
    const deployment: WorkerDeployment = {
      id: randomUUID(),
      via,
      versions,
      created_on: now(),
      ...(annotations ? { annotations } : {}),
    }
    worker.deployments.push(deployment)
    return deployment
  }

  // `PUT /workers/scripts/:name` uploads and deploys at once; wrangler uses it for a Worker that
  // does not exist yet, then the versions and deployments APIs once it does.
  async function uploadScript(request: ApiRequest, { name }: Params): Promise<Reply> {
    const upload = await readUpload(request)
    if ('status' in upload) return upload
    let worker = workers.get(name!)
    if (!worker) {
      worker = {
        name: name!,
        tag: hex32(),
        created_on: now(),
        versions: [],
        deployments: [],
        settings: {},
        subdomain: { enabled: false, previews_enabled: false },
      }
      workers.set(name!, worker)
    }
    const version = addVersion(worker, 'script upload', request, upload)
    addDeployment(worker, 'script upload', [{ version_id: version.id, percentage: 100 }])
    return ok({ ...script(worker), deployment_id: version.id, startup_time_ms: 1 })
  }

  async function uploadVersion(request: ApiRequest, { name }: Params): Promise<Reply> {
    const worker = workers.get(name!)
    if (!worker) return scriptNotFound()
    const upload = await readUpload(request)
    if ('status' in upload) return upload
    const version = addVersion(worker, 'version upload', request, upload)
    const metadata = upload.metadata
    return ok({
      id: version.id,
      number: version.number,
      metadata: {
        author_email: 'stand-in@example.com',
        created_on: now(),
        modified_on: now(),
        source: 'wrangler',
        hasPreview: false,
      },
      annotations: metadata.annotations ?? {},
      resources: {
        bindings: metadata.bindings ?? [],
        script: { etag: hex32(), handlers: ['fetch'], last_deployed_from: 'wrangler' },
        script_runtime: {
          compatibility_date: metadata.compatibility_date,
          compatibility_flags: metadata.compatibility_flags ?? [],
          usage_model: 'standard',
        },
      },
      startup_time_ms: 1,
    })
  }

  function listDeployments(_request: ApiRequest, { name }: Params): Reply {
    const worker = workers.get(name!)
    if (!worker) return scriptNotFound()
    const deployments = [...worker.deployments].reverse().map((deployment) => ({
      ...deployment,
      strategy: 'percentage',
      source: 'wrangler',
      author_email: 'stand-in@example.com',
    }))
    return ok({ deployments })
  }

  function createDeployment(request: ApiRequest, { name }: Params): Reply {
    const worker = workers.get(name!)
    if (!worker) return scriptNotFound()
    const body = (parseJson(request.body)?.value ?? null) as {
      versions?: unknown
      annotations?: Json
    } | null
    const versions = body?.versions
    if (!Array.isArray(versions) || versions.length === 0)
      return invalid('versions: Expected a non-empty array')
    const known = new Set(worker.versions.map((version) => version.id))
    const split = versions as WorkerDeployment['versions']
    if (split.some((entry) => !known.has(entry.version_id)))
      return invalid('versions: unknown version_id')
    if (split.reduce((sum, entry) => sum + entry.percentage, 0) !== 100)
      return invalid('versions: percentages must add up to 100')
    const deployment = addDeployment(worker, 'deployments API', split, body?.annotations)
    return ok({
      ...deployment,
      strategy: 'percentage',
      source: 'wrangler',
      author_email: 'stand-in@example.com',
    })
  }

  function patchSettings(request: ApiRequest, { name }: Params): Reply {
    const worker = workers.get(name!)
    if (!worker) return scriptNotFound()
    const body = parseJson(request.body)?.value
    if (typeof body !== 'object' || body === null) return invalid('Expected a JSON object')
    worker.settings = { ...worker.settings, ...(body as Json) }
    return ok({
      logpush: false,
      tail_consumers: null,
      observability: { enabled: false },
      tags: [],
      ...worker.settings,
    })
  }

  // What the deployed version runs with; wrangler reads `bindings` to see what needs provisioning.
  function getSettings(_request: ApiRequest, { name }: Params): Reply {
    const worker = workers.get(name!)
    if (!worker) return scriptNotFound()
    const deployed = worker.deployments.at(-1)?.versions[0]?.version_id
    const metadata = worker.versions.find((version) => version.id === deployed)?.metadata ?? {}
    return ok({
      bindings: metadata.bindings ?? [],
      compatibility_date: metadata.compatibility_date,
      compatibility_flags: metadata.compatibility_flags ?? [],
      placement: {},
      usage_model: 'standard',
      logpush: false,
      observability: { enabled: false },
      tail_consumers: null,
      tags: [],
      ...worker.settings,
    })
  }

  function getScriptSubdomain(_request: ApiRequest, { name }: Params): Reply {
    const worker = workers.get(name!)
    return worker ? ok(worker.subdomain) : scriptNotFound()
  }

  function setScriptSubdomain(request: ApiRequest, { name }: Params): Reply {
    const worker = workers.get(name!)
    if (!worker) return scriptNotFound()
    const body = (parseJson(request.body)?.value ?? null) as {
      enabled?: unknown
      previews_enabled?: unknown
    } | null
    if (typeof body?.enabled !== 'boolean') return invalid('enabled: Expected a boolean')
    // Left out, previews follow what they were.
    const previews =
      typeof body.previews_enabled === 'boolean'
        ? body.previews_enabled
        : worker.subdomain.previews_enabled
    worker.subdomain = { enabled: body.enabled, previews_enabled: previews }
    return ok(worker.subdomain)
  }

  // ── routing ──

  const ACC = '(?<acc>[^/]+)'
  const NS = `/accounts/${ACC}/storage/kv/namespaces/(?<ns>[^/]+)`
  const SCRIPT = `/accounts/${ACC}/workers/scripts/(?<name>[^/]+)`
  const BUCKET = `/accounts/${ACC}/r2/buckets/(?<bucket>[^/]+)`
  const route = (method: string, path: string, handle: Route['handle']): Route => ({
    method,
    pattern: new RegExp(`^${path}$`),
    handle,
  })
  const routes: Route[] = [
    route('GET', '/accounts', () => ok([account()], { result_info: pageInfo(1) })),
    route('GET', `/accounts/${ACC}`, () => ok(account())),
    route('GET', '/memberships', () =>
      ok(
        [
          {
            id: hex32(),
            status: 'accepted',
            account: { id: accountId, name: account().name },
            roles: ['Administrator'],
          },
        ],
        { result_info: pageInfo(1) }
      )
    ),
    route('GET', '/user', () =>
      ok({
        id: hex32(),
        email: 'stand-in@example.com',
        has_pro_zones: false,
        has_business_zones: false,
        has_enterprise_zones: false,
        suspended: false,
      })
    ),
    route('GET', '/user/tokens/verify', () => ok({ id: hex32(), status: 'active' })),
    route('GET', `${NS}/values/(?<key>[^/]+)`, getValue),
    route('PUT', `${NS}/values/(?<key>[^/]+)`, putValue),
    route('DELETE', `${NS}/values/(?<key>[^/]+)`, deleteValue),
    route('GET', `${NS}/keys`, listKeys),
    route('PUT', `${NS}/bulk`, bulkPut),
    route('DELETE', `${NS}/bulk`, bulkDelete),
    route('POST', `${NS}/bulk/delete`, bulkDelete),
    route('POST', `${NS}/bulk/get`, bulkGet),
    route('GET', BUCKET, getBucket),
    route('PUT', `${BUCKET}/objects/(?<key>[^/]+)`, putObject),
    route('GET', `${BUCKET}/objects/(?<key>[^/]+)`, getObject),
    route('DELETE', `${BUCKET}/objects/(?<key>[^/]+)`, deleteObject),
    route('GET', `/accounts/${ACC}/workers/services/(?<name>[^/]+)`, service),
    route('PUT', SCRIPT, uploadScript),
    route('POST', `${SCRIPT}/versions`, uploadVersion),
    route('GET', `${SCRIPT}/deployments`, listDeployments),
    route('POST', `${SCRIPT}/deployments`, createDeployment),
    route('GET', `${SCRIPT}/settings`, getSettings),
    route('PATCH', `${SCRIPT}/script-settings`, patchSettings),
    route('GET', `${SCRIPT}/subdomain`, getScriptSubdomain),
    route('POST', `${SCRIPT}/subdomain`, setScriptSubdomain),
    route('GET', `/accounts/${ACC}/workers/subdomain`, () => ok({ subdomain: 'minbar-stand-in' })),
  ]

  /** The fault this request gets, if any; every pending fault counts the requests it matches. */
  function takeFault(method: string, path: string, body: Buffer): Fault | null {
    const matches = (entry: PendingFault) =>
      (!entry.method || entry.method.toUpperCase() === method) &&
      new RegExp(entry.path.source, entry.path.flags.replace('g', '')).test(path) &&
      (entry.bodyIncludes === undefined || body.includes(entry.bodyIncludes))
    let chosen: PendingFault | null = null
    for (const entry of faults.filter(matches)) {
      if (entry.toPass > 0) entry.toPass -= 1
      else chosen ??= entry
    }
    if (!chosen) return null
    chosen.remaining -= 1
    if (chosen.remaining <= 0) faults = faults.filter((entry) => entry !== chosen)
    return chosen.fault
  }

  function faultReply({ status, retryAfter, code, message }: Fault): Reply {
    const headers: Record<string, string> =
      retryAfter === undefined ? {} : { 'retry-after': String(retryAfter) }
    // A 429 carries the API's rate-limit code; any other status, its own number unless the test names one.
    const defaultCode = status === 429 ? CODE.rateLimited : status
    const defaultMessage =
      status === 429
        ? 'Please wait and consider throttling your request speed'
        : (STATUS_CODES[status] ?? 'Error')
    return fail(status, code ?? defaultCode, message ?? defaultMessage, headers)
  }

  async function serve(request: ApiRequest, call: RecordedCall): Promise<Reply> {
    // Not found: wrangler then knows of no newer version and says nothing.
    if (request.path.startsWith(NPM_REGISTRY_PREFIX)) return json(404, { error: 'Not found' })
    if (!request.path.startsWith(`${API_PREFIX}/`))
      return fail(
        404,
        CODE.noRoute,
        `Could not route to ${request.path}, perhaps your object identifier is invalid?`
      )
    const path = request.path.slice(API_PREFIX.length)
    if (request.headers.authorization !== `Bearer ${token}`)
      return fail(403, CODE.authentication, 'Authentication error')
    const fault = takeFault(request.method, path, request.body)
    if (fault) return faultReply(fault)
    // The request body limit is enforced before any route sees the body.
    if (request.tooLarge)
      return fail(
        413,
        CODE.invalidRequest,
        `Request body exceeds the limit of ${KV_LIMITS.maxRequestBytes} bytes`
      )
    for (const candidate of routes) {
      const found = candidate.pattern.exec(path)
      if (!found || candidate.method !== request.method) continue
      const params = decodeParams(found.groups ?? {})
      if (!params) return invalid('Could not URL-decode key name')
      if (params.acc !== undefined && params.acc !== accountId)
        return fail(403, CODE.authentication, 'Authentication error')
      return candidate.handle(request, params, call)
    }
    return fail(
      404,
      CODE.noRoute,
      `Could not route to ${path}, perhaps your object identifier is invalid?`
    )
  }

  /** The body, read whole unless it passes the request limit; past that it is drained, not kept. */
  function readBody(
    incoming: IncomingMessage
  ): Promise<{ body: Buffer; bytes: number; tooLarge: boolean }> {
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = []
      let bytes = 0
      incoming.on('data', (chunk: Buffer) => {
        bytes += chunk.length
        if (bytes <= KV_LIMITS.maxRequestBytes) chunks.push(chunk)
      })
      incoming.on('end', () => {
        resolve({ body: Buffer.concat(chunks), bytes, tooLarge: bytes > KV_LIMITS.maxRequestBytes })
      })
      incoming.on('error', reject)
    })
  }

  async function handle(incoming: IncomingMessage, outgoing: ServerResponse) {
    const url = new URL(incoming.url ?? '/', 'http://127.0.0.1')
    const method = (incoming.method ?? 'GET').toUpperCase()
    const path = url.pathname.startsWith(`${API_PREFIX}/`)
      ? url.pathname.slice(API_PREFIX.length)
      : url.pathname
    const call: RecordedCall = {
      method,
      path,
      query: Object.fromEntries(url.searchParams),
      status: 0,
      requestBytes: 0,
      at: Math.round(performance.now() - startedAt),
    }
    calls.push(call)
    let reply: Reply
    try {
      const { body, bytes, tooLarge } = await readBody(incoming)
      call.requestBytes = bytes
      reply = await serve(
        {
          method,
          path: url.pathname,
          query: url.searchParams,
          headers: incoming.headers,
          body,
          tooLarge,
        },
        call
      )
    } catch (error) {
      // A fault of the stand-in itself: a 500 the test sees, never a hung request.
      reply = fail(
        500,
        10002,
        `stand-in error: ${error instanceof Error ? error.message : String(error)}`
      )
    }
    call.status = reply.status
    outgoing.writeHead(reply.status, reply.headers)
    outgoing.end(reply.body)
  }

  const server = createServer((incoming, outgoing) => void handle(incoming, outgoing))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const baseUrl = `http://127.0.0.1:${port}${API_PREFIX}`
  const tempDir = mkdtempSync(join(tmpdir(), 'cloudflare-stand-in-'))

  return {
    baseUrl,
    accountId,
    token,
    calls,
    namespace,
    bucket,
    workers,
    failNext(match, fault, times = 1) {
      faults.push({ ...match, fault, toPass: match.after ?? 0, remaining: times })
    },
    clearFaults() {
      faults = []
    },
    env(overrides = {}) {
      return wranglerEnv(
        {
          baseUrl,
          token,
          accountId,
          tempDir,
          npmRegistry: `http://127.0.0.1:${port}${NPM_REGISTRY_PREFIX}`,
        },
        overrides
      )
    },
    close() {
      server.closeAllConnections()
      rmSync(tempDir, { recursive: true, force: true })
      return new Promise<void>((resolve, reject) =>
        server.close((error) => {
          error ? reject(error) : resolve()
        })
      )
    },
  }
}

// Credentials and endpoints the caller's shell may carry: any of them would make wrangler use
// another account, another login or another API.
const INHERITED_CLOUDFLARE_VARS = [
  'CLOUDFLARE_API_KEY',
  'CLOUDFLARE_EMAIL',
  'CF_API_TOKEN',
  'CF_API_KEY',
  'CF_EMAIL',
  'CF_ACCOUNT_ID',
  'CF_API_BASE_URL',
  'WRANGLER_API_ENVIRONMENT',
  'CLOUDFLARE_COMPLIANCE_REGION',
  'CLOUDFLARE_ENV',
  'WRANGLER_CI_MATCH_TAG',
  'WRANGLER_CI_OVERRIDE_NAME',
  'WRANGLER_OUTPUT_FILE_PATH',
  'WRANGLER_OUTPUT_FILE_DIRECTORY',
]

function wranglerEnv(
  target: {
    baseUrl: string
    token: string
    accountId: string
    tempDir: string
    npmRegistry: string
  },
  overrides: Record<string, string | undefined>
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env }
  for (const name of INHERITED_CLOUDFLARE_VARS) Reflect.deleteProperty(env, name)
  const noProxy = ['127.0.0.1', 'localhost', env.NO_PROXY ?? env.no_proxy].filter(Boolean).join(',')
  Object.assign(env, {
    CLOUDFLARE_API_BASE_URL: target.baseUrl,
    CLOUDFLARE_API_TOKEN: target.token,
    CLOUDFLARE_ACCOUNT_ID: target.accountId,
    // Telemetry (sparrow.cloudflare.com) and error reports (Sentry) are the other hosts wrangler calls.
    WRANGLER_SEND_METRICS: 'false',
    WRANGLER_SEND_ERROR_REPORTS: 'false',
    // Wrangler checks npm for a newer version of itself when it prints its banner (hidden here)
    // and after a failed command. `update-check` reads the registry through `rc('npm')`, which
    // takes `npm_registry` from the environment (npm itself reads only `npm_config_*`).
    WRANGLER_HIDE_BANNER: 'true',
    npm_registry: target.npmRegistry,
    // It caches the answer for an hour in the temp directory: a private one means it always asks
    // the stand-in, so wrangler's output does not depend on what another run left behind.
    TMPDIR: target.tempDir,
    TMP: target.tempDir,
    TEMP: target.tempDir,
    // Never a prompt: wrangler takes every confirmation's default in CI.
    CI: 'true',
    // A proxy in the caller's environment must not carry requests meant for the stand-in.
    NO_PROXY: noProxy,
    no_proxy: noProxy,
  })
  for (const [name, value] of Object.entries(overrides)) {
    if (value === undefined) Reflect.deleteProperty(env, name)
    else env[name] = value
  }
  return env
}
