/**
 * @module
 * A task of `loadContent`'s thread pool: checks the files of a batch, in order, and hands back
 * as many results as make a full batch (see `batchIsFull`), so a worker's own memory stays small
 * whatever the files hold. `loadContent` sends the files it did not reach again.
 */
import { readFileSync } from 'node:fs'
import { checkArticleFile, type SourceArticle } from '../content/check-article'
import type { Problem } from '../content/problems'
import { batchIsFull } from './worker-batches'

export type LoadJob = { path: string; file: string }

/**
 * An article without its `lineOf` (functions cannot cross threads), with the warnings of its
 * copy, or the file's problems.
 */
export type CheckedFile =
  (Omit<SourceArticle, 'lineOf'> & { path: string; warnings: Problem[] }) | { problems: Problem[] }

export default function checkFiles(jobs: LoadJob[]): CheckedFile[] {
  const checkedFiles: CheckedFile[] = []
  let chars = 0
  for (const { path, file } of jobs) {
    const checked = checkArticleFile(file, readFileSync(path, 'utf8'))
    checkedFiles.push(
      Array.isArray(checked)
        ? { problems: checked }
        : {
            file,
            path,
            frontMatter: checked.article.frontMatter,
            body: checked.article.body,
            warnings: checked.warnings,
          }
    )
    chars += Array.isArray(checked) ? 0 : checked.article.body.html.length
    if (batchIsFull(checkedFiles.length, chars)) break
  }
  return checkedFiles
}
