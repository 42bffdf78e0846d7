/**
 * `npm run bench:publish -- --remote-double [sizes…]`: the whole remote publish of a synthetic
 * archive, end to end, against the Cloudflare API stand-in on loopback: `npm run publish --
 * --remote` as an editor runs it (its own process, wrangler asked for the credentials, the
 * manifest read, every batch sent), first to a fresh namespace and then again with nothing
 * changed. Prints API calls by kind, bytes sent, wall time and the publishing process's peak
 * memory. For reference it also times `wrangler kv bulk put` of one 1,000-pair batch (what
 * shelling out to wrangler per batch would cost) against the same stand-in.
 */
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { wranglerBin } from '../src/publish/cloudflare/cloudflare-credentials'
import {
  startCloudflareStandIn,
  type CloudflareStandIn,
  type RecordedCall,
} from '../tests/stand-in/cloudflare-api'
import { writeSyntheticCorpus } from './synthetic-corpus'

const repoRoot = resolve(import.meta.dirname, '..')
/** tsx's loader, so that the publish runs in the process measured (tsx's own CLI would spawn a second). */
const tsxLoader = pathToFileURL(join(repoRoot, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href

type Measured = {
  code: number | null
  seconds: number
  peakMB: number
  stdout: string
  stderr: string
}

/** Runs a command, polling its peak resident memory (VmHWM, worker threads included) from /proc. */
function measured(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv
): Promise<Measured> {
  return new Promise((done) => {
    const started = performance.now()
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let peakKB = 0
    const poll = setInterval(() => {
      try {
        const kb = Number(
          /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0
        )
        peakKB = Math.max(peakKB, kb)
      } catch {
        // the process has just ended
      }
    }, 100)
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('close', (code) => {
      clearInterval(poll)
      done({
        code,
        seconds: (performance.now() - started) / 1000,
        peakMB: peakKB / 1024,
        stdout,
        stderr,
      })
    })
  })
}

/** Calls grouped by what they did: `GET value 2, PUT bulk 116, …`. */
function callKinds(calls: RecordedCall[]): string {
  const kind = (call: RecordedCall) =>
    `${call.method} ${/\/(values|keys|bulk\/delete|bulk\/get|bulk)(\/|$)/.exec(call.path)?.[1] ?? call.path}`
  const counts = new Map<string, number>()
  for (const call of calls) counts.set(kind(call), (counts.get(kind(call)) ?? 0) + 1)
  return [...counts].map(([name, count]) => `${name} ${count}`).join(', ')
}

/** An editor's project: `wrangler.toml` naming a namespace of its own, and the corpus as content. */
function project(articles: number): { dir: string; namespaceId: string } {
  const dir = mkdtempSync(join(tmpdir(), 'minbar-remote-bench-'))
  const namespaceId = randomBytes(16).toString('hex')
  writeFileSync(
    join(dir, 'wrangler.toml'),
    readFileSync(join(repoRoot, 'wrangler.toml'), 'utf8').replace(
      /^id = "[^"]*"/m,
      `id = "${namespaceId}"`
    )
  )
  writeSyntheticCorpus(join(dir, 'content'), articles)
  return { dir, namespaceId }
}

async function publishRun(standIn: CloudflareStandIn, dir: string, label: string) {
  const since = standIn.calls.length
  const run = await measured(
    process.execPath,
    ['--import', tsxLoader, join(repoRoot, 'src', 'publish', 'cli.ts'), '--remote'],
    dir,
    standIn.env()
  )
  if (run.code !== 0) throw new Error(`${label} failed:\n${run.stderr.slice(0, 2000)}`)
  const calls = standIn.calls.slice(since)
  const writes = calls.filter((call) => call.method !== 'GET').length
  const bulkWrites = calls.filter(
    (call) => call.method === 'PUT' && call.path.endsWith('/bulk')
  ).length
  const sentMB = calls.reduce((sum, call) => sum + call.requestBytes, 0) / 1e6
  const plan = /^plan: .*$/m.exec(run.stdout)?.[0] ?? ''
  return {
    label,
    ...run,
    calls: calls.length,
    writes,
    bulkWrites,
    sentMB,
    kinds: callKinds(calls),
    plan,
  }
}

/** Seconds one `wrangler kv bulk put` process takes for a 1,000-pair batch, median of `runs`. */
async function wranglerBatchSeconds(standIn: CloudflareStandIn, runs = 5): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'minbar-wrangler-batch-'))
  const file = join(dir, 'batch.json')
  writeFileSync(
    file,
    JSON.stringify(
      Array.from({ length: 1000 }, (_, i) => ({
        key: `v1:article:s-${i}`,
        value: 'ن'.repeat(2000),
      }))
    )
  )
  const seconds: number[] = []
  for (let i = 0; i < runs; i++) {
    const run = await measured(
      process.execPath,
      [wranglerBin(), 'kv', 'bulk', 'put', file, '--namespace-id', 'bench', '--remote'],
      dir,
      standIn.env()
    )
    if (run.code !== 0) throw new Error(`wrangler kv bulk put failed:\n${run.stderr}`)
    seconds.push(run.seconds)
  }
  rmSync(dir, { recursive: true, force: true })
  return seconds.sort((a, b) => a - b)[Math.floor(runs / 2)]!
}

export async function benchRemotePublish(sizes: number[]): Promise<void> {
  const standIn = await startCloudflareStandIn()
  try {
    console.log(
      'remote publish against the Cloudflare API stand-in (loopback), end to end: npm run publish -- --remote'
    )
    console.log('articles   run          seconds   peak MB   API calls   writes   MB sent   plan')
    const rows: string[] = []
    let mostBatches = { articles: 0, batches: 0 }
    for (const articles of sizes) {
      const { dir } = project(articles)
      for (const label of ['fresh', 'no change']) {
        const run = await publishRun(standIn, dir, `${articles} ${label}`)
        console.log(
          [
            String(articles).padStart(8),
            label.padEnd(10),
            run.seconds.toFixed(1).padStart(9),
            run.peakMB.toFixed(0).padStart(9),
            String(run.calls).padStart(11),
            String(run.writes).padStart(8),
            run.sentMB.toFixed(1).padStart(9),
            `  ${run.plan}`,
          ].join(' ')
        )
        rows.push(`${String(articles).padStart(8)} ${label.padEnd(10)}: ${run.kinds}`)
        if (run.bulkWrites > mostBatches.batches)
          mostBatches = { articles, batches: run.bulkWrites }
      }
      rmSync(dir, { recursive: true, force: true })
    }
    console.log('\ncalls by kind')
    for (const row of rows) console.log(row)
    const perBatch = await wranglerBatchSeconds(standIn)
    console.log(
      `\nreference: one \`wrangler kv bulk put\` process for a 1,000-pair batch: ${perBatch.toFixed(2)} s (median of 5)`
    )
    if (mostBatches.batches > 0)
      console.log(
        `one wrangler process per batch would spend about ${(perBatch * mostBatches.batches).toFixed(0)} s on the ${mostBatches.batches} bulk writes of the ${mostBatches.articles}-article publish`
      )
  } finally {
    await standIn.close()
  }
}
