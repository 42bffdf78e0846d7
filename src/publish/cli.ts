/**
 * @module
 * `npm run publish -- --local|--remote [--dry-run] [--from <git-ref>] [--content DIR] [--persist-to DIR] [--tries N]`
 *
 * Prints errors, then warnings (file:line: field: message), then the plan, ending with the
 * plain line `plan: W to write, D to delete, U unchanged`, and carries the plan out unless
 * `--dry-run`. Any error in the content means nothing is written and the exit code is 1. A
 * remote publish that Cloudflare refuses, or that stops partway, says so in one line and exits 1.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { parseArgs } from 'node:util'
import { versionKey } from '../store/keys'
import { CloudflareAuthError } from './cloudflare/cloudflare-api'
import { LOGIN_FIX, remoteNamespace } from './cloudflare/cloudflare-credentials'
import { openRemoteKv } from './cloudflare/remote-kv'
import { DEFAULT_RETRY, GaveUpError } from './cloudflare/retry'
import { formatProblem, type Problem } from './content/problems'
import { PublishStoppedError } from './plan/apply-plan'
import type { KvTarget } from './plan/kv-target'
import { openLocalKv } from './plan/local-kv'
import { planLine, type PublishPlan } from './plan/plan'
import { publish } from './publish'

const USAGE =
  'usage: npm run publish -- --local|--remote [--dry-run] [--from <git-ref>] [--content DIR] [--persist-to DIR] [--tries N]'

/** Plan lines listed one by one before the rest is summarised. */
const LISTED_KEYS = 40

function parseCommandLine() {
  const { values } = parseArgs({
    options: {
      local: { type: 'boolean', default: false },
      remote: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      from: { type: 'string' },
      content: { type: 'string', default: 'content' },
      'persist-to': { type: 'string' },
      tries: { type: 'string', default: String(DEFAULT_RETRY.tries) },
    },
  })
  if (values.local === values.remote)
    throw new Error(`choose exactly one of --local and --remote\n${USAGE}`)
  if (!/^[1-9]\d?$/.test(values.tries))
    throw new Error(`--tries takes a whole number from 1 to 99\n${USAGE}`)
  if (values.from && values.content !== 'content')
    throw new Error(
      `--from publishes content/ as it was at a commit; it cannot be combined with --content\n${USAGE}`
    )
  return values
}

function git(args: string[]): string | null {
  const run = spawnSync('git', args, { encoding: 'utf8' })
  return run.status === 0 ? run.stdout.trim() : null
}

/** The commit `content/` is published from; `+dirty` when the working tree differs from it. */
function workingTreeCommit(contentDir: string): string | null {
  const head = git(['rev-parse', 'HEAD'])
  if (!head) return null
  return git(['status', '--porcelain', '--', contentDir]) === '' ? head : `${head}+dirty`
}

/** Extracts `content/` as it was at `ref` into a temporary folder; returns that folder and the commit. */
function contentAt(ref: string): { contentDir: string; commit: string } {
  const commit = git(['rev-parse', '--verify', `${ref}^{commit}`])
  if (!commit) throw new Error(`--from: no commit named ${ref}`)
  const dir = mkdtempSync(join(tmpdir(), 'minbar-from-'))
  const extract = spawnSync(
    'sh',
    ['-c', `git archive --format=tar ${commit} content | tar -x -C "${dir}"`],
    { encoding: 'utf8' }
  )
  if (extract.status !== 0)
    throw new Error(`--from ${ref}: could not read content/ at ${commit}:\n${extract.stderr}`)
  return { contentDir: join(dir, 'content'), commit }
}

function printProblems(problems: Problem[]) {
  for (const severity of ['error', 'warning'] as const) {
    const list = problems.filter((problem) => problem.severity === severity)
    if (list.length === 0) continue
    console.error(`${severity === 'error' ? 'errors' : 'warnings'} (${list.length}):`)
    for (const problem of list) console.error(`  ${formatProblem(problem)}`)
  }
}

function printPlan(plan: PublishPlan) {
  const lines = [
    ...plan.mediaWrites.map(({ key }) => `  store   ${key} (image, new)`),
    ...plan.writes.map(
      ([key]) => `  write   ${key} (${plan.created.has(key) ? 'new' : 'changed'})`
    ),
    ...plan.deletes.map((key) => `  delete  ${key}`),
    ...plan.mediaDeletes.map((key) => `  delete  ${key} (image)`),
    ...plan.finalWrites.map(
      ([key]) => `  write   ${key} (${key === versionKey() ? 'content version' : 'manifest'})`
    ),
    ...plan.manifestDeletes.map((key) => `  delete  ${key} (manifest)`),
  ]
  console.log(`content version ${plan.contentVersion}`)
  for (const line of lines.slice(0, LISTED_KEYS)) console.log(line)
  if (lines.length > LISTED_KEYS) console.log(`  … and ${lines.length - LISTED_KEYS} more`)
  console.log(planLine(plan))
}

async function main(): Promise<number> {
  const options = parseCommandLine()
  const source = options.from
    ? contentAt(options.from)
    : { contentDir: options.content, commit: workingTreeCommit(options.content) }
  const retry = { ...DEFAULT_RETRY, tries: Number(options.tries) }
  const openTarget = async (): Promise<KvTarget> =>
    options.local
      ? openLocalKv({ persistTo: options['persist-to'] })
      : openRemoteKv(await remoteNamespace(), { retry })
  const result = await publish(source.contentDir, openTarget, {
    dryRun: options['dry-run'],
    sourceCommit: source.commit,
  }).finally(() => {
    if (options.from) rmSync(dirname(source.contentDir), { recursive: true, force: true })
  })
  printProblems(result.problems)
  if (!result.ok) {
    const errors = result.problems.filter((problem) => problem.severity === 'error').length
    console.error(`publish refused: ${errors} error(s); nothing was written`)
    return 1
  }
  const { encoded } = result
  console.log(
    `images: ${encoded.images} encoded (${(encoded.bytes / 1024).toFixed(0)} KB) in ${(encoded.ms / 1000).toFixed(1)} s`
  )
  printPlan(result.plan)
  if (result.applied)
    console.log(
      `published ${result.articles} article(s) to ${options.local ? 'local' : 'remote'} KV`
    )
  if (result.transfer) console.log(result.transfer)
  return 0
}

/** The one line a failure deserves, and its exit code: no stack trace reaches the editor. */
function failureLine(error: unknown): [line: string, code: number] {
  if (error instanceof CloudflareAuthError)
    return [
      `Cloudflare did not accept the credentials (${error.message}); nothing was written. To fix: ${LOGIN_FIX}.`,
      1,
    ]
  if (error instanceof PublishStoppedError) return [error.message, 1]
  if (error instanceof GaveUpError)
    return [
      `publish stopped before writing anything: ${error.message}. Run the same command again.`,
      1,
    ]
  return [error instanceof Error ? error.message : String(error), 2]
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const [line, code] = failureLine(error)
    console.error(line)
    process.exit(code)
  }
)
