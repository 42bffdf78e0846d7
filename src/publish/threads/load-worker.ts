/**
 * @module
 * A worker thread of `loadContent`: checks the files it is given, in order, and posts the results
 * back in batches (a batch at a time keeps the worker's own memory small).
 */
import { readFileSync } from 'node:fs'
import { parentPort } from 'node:worker_threads'
import { checkArticleText, type SourceArticle } from '../content/check-article'
import type { Problem } from '../content/problems'
import { workerInput } from './start-worker'
import { batchIsFull } from './worker-batches'

export type LoadJob = { path: string; file: string }

/** An article without its `lineOf` (functions cannot cross threads), or the file's problems. */
export type CheckedFile =
  (Omit<SourceArticle, 'lineOf'> & { path: string }) | { problems: Problem[] }

if (parentPort) {
  let batch: CheckedFile[] = []
  let chars = 0
  for (const { path, file } of workerInput<LoadJob[]>()) {
    const checked = checkArticleText(file, readFileSync(path, 'utf8'))
    batch.push(
      Array.isArray(checked)
        ? { problems: checked }
        : { file, path, frontMatter: checked.frontMatter, body: checked.body }
    )
    chars += Array.isArray(checked) ? 0 : checked.body.html.length
    if (batchIsFull(batch.length, chars)) {
      parentPort.postMessage(batch)
      batch = []
      chars = 0
    }
  }
  if (batch.length > 0) parentPort.postMessage(batch)
}
