/**
 * Writes the newsroom corpus (tests/newsroom-corpus.ts) into a temp content folder, on Node.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { newsroomCorpusFiles } from '../newsroom-corpus'

/** Writes the corpus into a new temp folder and returns it. */
export function writeNewsroomCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'minbar-newsroom-'))
  for (const [path, text] of Object.entries(newsroomCorpusFiles())) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  return dir
}
