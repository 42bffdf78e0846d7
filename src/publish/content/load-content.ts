/**
 * @module
 * Reads and checks every article file under `content/articles/` (see `checkArticleFile`). A large
 * archive is checked on every core: parsing YAML, rendering Markdown and sanitising HTML cost
 * about half a millisecond a file, which is most of a 100k-article publish.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import type { CheckedFile, LoadJob } from '../threads/load-worker'
import { threadPool, threadsFor } from '../threads/thread-pool'
import { checkArticleFile, type SourceArticle } from './check-article'
import { parseMarkdownFile } from './markdown-file'
import type { Problem } from './problems'

export type LoadedContent = { articles: SourceArticle[]; problems: Problem[] }

export type LoadOptions = {
  /** Worker threads to check files on; 0 checks them on this thread. Default: see `threadsFor`. */
  threads?: number
}

/**
 * A field's line, found by reading the file again: workers cannot send functions back, and
 * keeping every file's text around for the few problems a publish reports would cost more.
 */
function lineFinder(path: string, file: string): SourceArticle['lineOf'] {
  let lineOf: SourceArticle['lineOf'] | undefined
  return (fieldPath) => {
    if (!lineOf) {
      const parsed = parseMarkdownFile(file, readFileSync(path, 'utf8'))
      lineOf = 'severity' in parsed ? () => 1 : parsed.lineOf
    }
    return lineOf(fieldPath)
  }
}

/** Files a task is given at most: as many as a full batch (see `batchIsFull`) may hold. */
const FILES_PER_TASK = 500

/**
 * Checks `jobs` on a pool of `threads` workers, in order. A task hands back fewer files than it
 * was given when their HTML fills a batch first; the rest go back to the pool as a task of their own.
 */
async function checkInWorkers(jobs: LoadJob[], threads: number): Promise<CheckedFile[]> {
  const pool = threadPool<LoadJob[], CheckedFile[]>(
    new URL('../threads/load-worker.ts', import.meta.url),
    threads
  )
  const checkRun = async (run: LoadJob[]) => {
    const checked: CheckedFile[] = []
    while (checked.length < run.length) checked.push(...(await pool.run(run.slice(checked.length))))
    return checked
  }
  try {
    const runs: LoadJob[][] = []
    for (let start = 0; start < jobs.length; start += FILES_PER_TASK)
      runs.push(jobs.slice(start, start + FILES_PER_TASK))
    return (await Promise.all(runs.map(checkRun))).flat()
  } finally {
    await pool.destroy()
  }
}

/** Loads and checks every `*.md` file in `<contentDir>/articles`, in file-name order. */
export async function loadContent(
  contentDir: string,
  options: LoadOptions = {}
): Promise<LoadedContent> {
  const articlesDir = join(contentDir, 'articles')
  const jobs: LoadJob[] = readdirSync(articlesDir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const path = join(articlesDir, name)
      const fromHere = relative(process.cwd(), path)
      return { path, file: fromHere.startsWith('..') ? path : fromHere }
    })
  const threads = options.threads ?? threadsFor(jobs.length)
  const articles: SourceArticle[] = []
  const problems: Problem[] = []
  if (threads === 0) {
    for (const { path, file } of jobs) {
      const checked = checkArticleFile(file, readFileSync(path, 'utf8'))
      if (Array.isArray(checked)) problems.push(...checked)
      else {
        articles.push(checked.article)
        problems.push(...checked.warnings)
      }
    }
    return { articles, problems }
  }
  for (const checked of await checkInWorkers(jobs, threads)) {
    if ('problems' in checked) problems.push(...checked.problems)
    else {
      problems.push(...checked.warnings)
      articles.push({
        file: checked.file,
        frontMatter: checked.frontMatter,
        body: checked.body,
        lineOf: lineFinder(checked.path, checked.file),
      })
    }
  }
  return { articles, problems }
}
