/**
 * @module
 * The resume journal: what a publish has landed in a namespace but not yet recorded in the
 * manifest there. A publish that stops midway (the API failed past every retry, the laptop slept)
 * leaves its journal; the next publish to the same namespace plans against the manifest *and* the
 * journal, so batches that landed are not sent again. It is one line per landed batch (NDJSON),
 * appended, so a 100k-key publish never rewrites it whole. A journal is kept only while the
 * manifest it started from is still the one in KV: a publish from anywhere else makes it void.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import type { StoredManifest } from './manifest'

/** Key → the hash of the value that landed, or `null` for a key deleted. */
export type Landed = Map<string, string | null>

type JournalLine = { base: string } | { put: Record<string, string> } | { deleted: string[] }

/** The manifest a journal builds on: its content version and publication time, or none at all. */
export const journalBase = (previous: StoredManifest | null) =>
  previous ? `${previous.head.content_version}@${previous.head.published_at}` : 'no manifest'

/** What the journal at `path` says landed on top of the manifest `base`; empty if it is for another. */
export function readJournal(path: string, base: string): Landed {
  const landed: Landed = new Map()
  if (!existsSync(path)) return landed
  const lines = readFileSync(path, 'utf8').split('\n').filter(Boolean)
  let header: JournalLine
  try {
    header = JSON.parse(lines[0] ?? '{}') as JournalLine
  } catch {
    return landed
  }
  if (!('base' in header) || header.base !== base) return landed
  for (const text of lines.slice(1)) {
    let line: JournalLine
    try {
      line = JSON.parse(text) as JournalLine
    } catch {
      break // a line cut short by a crash: what follows it never landed
    }
    if ('put' in line) for (const [key, hash] of Object.entries(line.put)) landed.set(key, hash)
    if ('deleted' in line) for (const key of line.deleted) landed.set(key, null)
  }
  return landed
}

export type JournalWriter = {
  put(entries: Array<[key: string, hash: string]>): void
  deleted(keys: string[]): void
  /** The manifest has landed: the journal has nothing left to say. */
  finish(): void
}

/** Opens the journal for a publish on top of `base`, keeping what it already holds for that base. */
export function openJournal(path: string, base: string): JournalWriter {
  const kept = readJournal(path, base).size > 0
  const append = (line: JournalLine) => {
    appendFileSync(path, `${JSON.stringify(line)}\n`)
  }
  const started = () => {
    if (kept || existsSync(path)) return
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, `${JSON.stringify({ base })}\n`)
  }
  if (!kept) rmSync(path, { force: true })
  return {
    put(entries) {
      if (entries.length === 0) return
      started()
      append({ put: Object.fromEntries(entries) })
    },
    deleted(keys) {
      if (keys.length === 0) return
      started()
      append({ deleted: keys })
    },
    finish: () => {
      rmSync(path, { force: true })
    },
  }
}
