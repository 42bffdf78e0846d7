import { env } from 'cloudflare:workers'
import * as v from 'valibot'
import { beforeEach, describe, expect, it } from 'vitest'
import { ArticleRecordSchema } from '../../src/schema/stored/article-record'
import { articleKey } from '../../src/store/keys'
import { CorruptRecordError, readRecord } from '../../src/store/read-record'
import { fetchWorker, loadSeed, NK_SLUG } from './seed'

beforeEach(loadSeed)

const key = articleKey(NK_SLUG)
const read = () => readRecord(env.CONTENT, key, ArticleRecordSchema)

/** The stored article with `change` applied, written back. */
async function rewrite(change: (record: Record<string, unknown>) => void): Promise<void> {
  const record = JSON.parse((await env.CONTENT.get(key, 'text'))!) as Record<string, unknown>
  change(record)
  await env.CONTENT.put(key, JSON.stringify(record))
}

describe('a record parsed once per isolate (the parse memo)', () => {
  it('hands out the same parse for the same text, frozen so that no reader can change it', async () => {
    const first = (await read())!
    const second = (await read())!
    expect(second).toBe(first)
    expect(Object.isFrozen(first.tags)).toBe(true)
    expect(() => {
      ;(first as { title: string }).title = 'changed'
    }).toThrow(TypeError)
    expect((await read())!.title).toBe(first.title)
  })

  it('parses again as soon as the text differs, by a single character', async () => {
    const before = (await read())!
    await rewrite((record) => {
      record.title = `${String(record.title)}!`
    })
    const after = (await read())!
    expect(after).not.toBe(before)
    expect(after.title).toBe(`${before.title}!`)
    expect((await (await fetchWorker(`/articles/${NK_SLUG}`)).text()).includes(after.title)).toBe(
      true
    )
  })

  it('does not hand a parse by one schema to a read with another', async () => {
    await read()
    const strict = v.object({ slug: v.literal('another-slug') })
    await expect(readRecord(env.CONTENT, key, strict)).rejects.toThrow(CorruptRecordError)
    const loose = v.object({ slug: v.string() })
    expect(await readRecord(env.CONTENT, key, loose)).toEqual({ slug: NK_SLUG })
  })

  it('answers a text that no longer matches the schema with a CorruptRecordError, every time', async () => {
    await read()
    await rewrite((record) => {
      record.html = 42
    })
    await expect(read()).rejects.toThrow(CorruptRecordError)
    await expect(read()).rejects.toThrow(CorruptRecordError)
  })
})
