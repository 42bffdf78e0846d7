/**
 * @module
 * A record's JSON text parsed by its schema, remembered per isolate for as long as KV keeps
 * answering with exactly that text. Parsing an article record (JSON.parse and Valibot) costs
 * more than rendering some pages, and a busy isolate reads the same records again and again.
 *
 * The memo can never serve a wrong record: it answers only when the text just read is identical,
 * character for character, to the text it parsed, with the same schema (by identity). Parsing is
 * a pure function of those two (no schema here transforms or reads the clock), so the answer is
 * what parsing again would give. What it hands out is deeply frozen, so no caller can change
 * what the next reader gets: a write to it throws instead.
 */
import * as v from 'valibot'
import { boundedMemo } from '../cache/bounded-memo'

type Parsed = { schema: v.GenericSchema; text: string; result: v.SafeParseResult<v.GenericSchema> }

/** Records kept, by KV key; the least recently read goes first. About a page's records each. */
const memo = boundedMemo<Parsed>('parsed records', 64)

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const each of Object.values(value)) deepFreeze(each)
  }
  return value
}

/**
 * `v.safeParse(schema, JSON.parse(text))` for the value of `key`, from the memo when `text` is
 * the text it was last parsed from.
 * @throws SyntaxError when `text` is not JSON (never remembered).
 */
export function parseRecordText<S extends v.GenericSchema>(
  key: string,
  text: string,
  schema: S
): v.SafeParseResult<S> {
  const known = memo.get(key)
  if (known?.schema === schema && known.text === text) return known.result
  const result = deepFreeze(v.safeParse(schema, JSON.parse(text) as unknown))
  memo.set(key, { schema, text, result })
  return result
}
