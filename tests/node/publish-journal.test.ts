import { describe, expect, it } from 'vitest'
import { appendFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { openJournal, readJournal } from '../../src/publish/plan/publish-journal'
import { tempDir } from './content-set'

const journalIn = () => join(tempDir('journal'), 'nested', 'journal.ndjson')

describe('the resume journal', () => {
  it('reads back what landed, the last word on a key winning', () => {
    const path = journalIn()
    const journal = openJournal(path, 'v1@t1')
    journal.put([
      ['v1:article:a', 'h1'],
      ['v1:article:b', 'h2'],
    ])
    journal.deleted(['v1:article:b'])
    journal.put([['v1:article:a', 'h3']])
    expect(readJournal(path, 'v1@t1')).toEqual(
      new Map([
        ['v1:article:a', 'h3'],
        ['v1:article:b', null],
      ])
    )
  })

  it('is void for any other manifest, and is started afresh on it', () => {
    const path = journalIn()
    openJournal(path, 'v1@t1').put([['v1:article:a', 'h1']])
    expect(readJournal(path, 'v2@t2').size).toBe(0)
    openJournal(path, 'v2@t2').put([['v1:article:c', 'h9']])
    expect(readJournal(path, 'v2@t2')).toEqual(new Map([['v1:article:c', 'h9']]))
    expect(readJournal(path, 'v1@t1').size).toBe(0)
  })

  it('keeps what an earlier run on the same manifest landed', () => {
    const path = journalIn()
    openJournal(path, 'none').put([['v1:article:a', 'h1']])
    openJournal(path, 'none').put([['v1:article:b', 'h2']])
    expect([...readJournal(path, 'none').keys()]).toEqual(['v1:article:a', 'v1:article:b'])
  })

  it('ignores a last line cut short by a crash', () => {
    const path = journalIn()
    openJournal(path, 'none').put([['v1:article:a', 'h1']])
    appendFileSync(path, '{"put":{"v1:article:b":"h')
    expect(readJournal(path, 'none')).toEqual(new Map([['v1:article:a', 'h1']]))
  })

  it('writes nothing until something lands, and is gone once the manifest has', () => {
    const path = journalIn()
    const journal = openJournal(path, 'none')
    expect(existsSync(path)).toBe(false)
    journal.put([['v1:article:a', 'h1']])
    expect(existsSync(path)).toBe(true)
    journal.finish()
    expect(existsSync(path)).toBe(false)
  })
})
