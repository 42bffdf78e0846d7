/**
 * @module
 * Reading one JSON record from KV and checking it against its schema. A value that is not
 * valid JSON or does not match becomes a `CorruptRecordError`, which the app answers with a
 * clean 503 instead of crashing on a bad shape further down.
 */
import * as v from 'valibot'

/** KV did not answer: it threw, or took longer than `KV_TIMEOUT_MS`. */
export class StorageUnavailableError extends Error {
  constructor(
    readonly key: string,
    readonly problem: string
  ) {
    super(`KV read of ${key} failed: ${problem}`)
    this.name = 'StorageUnavailableError'
  }
}

/** A read slower than this is treated as failed, so a reader waits seconds, not forever. */
const KV_TIMEOUT_MS = 3000

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`no answer within ${ms} ms`))
    }, ms)
  })
  return Promise.race([promise, timeout]).finally(() => {
    clearTimeout(timer!)
  })
}

/** A KV value exists but cannot be trusted: bad JSON, or the wrong shape. */
export class CorruptRecordError extends Error {
  constructor(
    readonly key: string,
    readonly problem: string
  ) {
    super(`KV record ${key} is unreadable: ${problem}`)
    this.name = 'CorruptRecordError'
  }
}

/**
 * Reads `key` and parses it with `schema`.
 * @returns the parsed value, or `null` when the key does not exist.
 * @throws CorruptRecordError when the value is not JSON or does not match the schema.
 * @throws StorageUnavailableError when KV throws or does not answer in time.
 * @example
 * const article = await readRecord(env.CONTENT, articleKey(slug), ArticleRecordSchema)
 */
export async function readRecord<S extends v.GenericSchema>(
  kv: KVNamespace,
  key: string,
  schema: S,
  options: { cacheTtl?: number } = {}
): Promise<v.InferOutput<S> | null> {
  let text: string | null
  try {
    text = await withTimeout(kv.get(key, { type: 'text', ...options }), KV_TIMEOUT_MS)
  } catch (error) {
    throw new StorageUnavailableError(key, error instanceof Error ? error.message : String(error))
  }
  if (text === null) return null
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new CorruptRecordError(key, 'not valid JSON')
  }
  const parsed = v.safeParse(schema, json)
  if (!parsed.success) throw new CorruptRecordError(key, v.summarize(parsed.issues))
  return parsed.output
}
