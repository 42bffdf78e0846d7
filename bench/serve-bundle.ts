/**
 * @module
 * Shared by the benchmarks: build the production bundle exactly as `wrangler deploy` would, and
 * serve it in workerd through Miniflare on a loopback port, finding the workerd process so its
 * CPU and memory can be read from /proc.
 */
import { Miniflare } from 'miniflare'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { PublishPlan } from '../src/publish/plan/plan'
import { type KvValue, proxyValue } from '../src/publish/records/kv-value'
import { buildWorkerBundle, COMPATIBILITY_DATE } from '../tests/support/worker-bundle'

export type Served = { origin: string; mf: Miniflare; pid: number | null }

/** Builds the bundle with `wrangler deploy --dry-run --outdir`; returns the folder. */
export function buildBundle(): string {
  const outdir = mkdtempSync(join(tmpdir(), 'minbar-bench-'))
  buildWorkerBundle(outdir)
  return outdir
}

/** Options for serving the built bundle with a CONTENT namespace. */
export const bundleWorker = (outdir: string) => ({
  modules: true,
  scriptPath: join(outdir, 'index.js'),
  modulesRoot: outdir,
  compatibilityDate: COMPATIBILITY_DATE,
  kvNamespaces: ['CONTENT'],
})

/** `/proc/<pid>/stat` fields after the command name. */
function statFields(pid: number): string[] {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')
}

/** workerd processes that are children of this process. */
function workerdPids(): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number)
    .filter((pid) => {
      try {
        return (
          readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'workerd' &&
          Number(statFields(pid)[1]) === process.pid
        )
      } catch {
        return false
      }
    })
}

/** CPU time (user + system) of a process, in microseconds, or null where /proc cannot tell. */
export function cpuMicros(pid: number | null): number | null {
  if (!pid) return null
  try {
    const fields = statFields(pid)
    return ((Number(fields[11]) + Number(fields[12])) * 1_000_000) / 100 // USER_HZ is 100 on Linux
  } catch {
    return null
  }
}

/** Resident memory of a process in MiB, or null where /proc cannot tell. */
export function residentMiB(pid: number | null): number | null {
  if (!pid) return null
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return match ? Number(match[1]) / 1024 : null
  } catch {
    return null
  }
}

/** Everything a publish writes, content version and manifest included, in its order. */
export const allWrites = (plan: PublishPlan) => [...plan.writes, ...plan.finalWrites]

/** Starts a Worker on a loopback port, optionally loading KV records first. */
export async function serve(
  options: ConstructorParameters<typeof Miniflare>[0],
  records?: Array<[string, KvValue]>
): Promise<Served> {
  const before = new Set(workerdPids())
  const mf = new Miniflare({ ...options, host: '127.0.0.1', port: 0 })
  const url = await mf.ready
  if (records) {
    const kv = await mf.getKVNamespace('CONTENT')
    for (const [key, value] of records) await kv.put(key, proxyValue(value))
  }
  return {
    origin: url.origin,
    mf,
    pid: workerdPids().find((candidate) => !before.has(candidate)) ?? null,
  }
}
