/**
 * @module
 * Reading one JSON record from KV and checking it against its schema. A value that is not
 * valid JSON or does not match becomes a `CorruptRecordError`, which the app answers with a
 * clean 503 instead of crashing on a bad shape further down.
 */
import * as v from 'valibot'
import { parseRecordText } from './parsed-records'

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
  // One timer and one promise per read: a race with a timeout promise and a `finally` cost
  // three more promises and their reactions on every request.
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`no answer within ${ms} ms`))
    }, ms)
    promise.then(
      (value) => {
        clearTimeout(timer)
        resolve(value)
      },
      (error: unknown) => {
        clearTimeout(timer)
        reject(error instanceof Error ? error : new Error(String(error)))
      }
    )
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
 * Reads `key` and parses it with `schema` (or takes the parse of that same text from the memo,
 * see `parsed-records.ts`).
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
  let parsed: v.SafeParseResult<S>
  try {
    parsed = parseRecordText(key, text, schema)
  } catch {
    throw new CorruptRecordError(key, 'not valid JSON')
  }
  if (!parsed.success) throw new CorruptRecordError(key, v.summarize(parsed.issues))
  return parsed.output
}
