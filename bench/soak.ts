/**
 * `npm run soak`: a bounded load run against the production bundle on loopback (60 s by default;
 * `npm run soak -- 20` for 20 s), mixing valid and malformed requests. It reports the count of
 * each status and the workerd process's memory along the run, and fails on any 5xx. workerd's
 * resident memory grows under load even for a Worker that only returns a constant string (its
 * allocator and V8 keep what they took), so the same load is then run against such a floor
 * Worker, and the two memory curves are printed side by side: a leak of ours would show as
 * growth beyond the floor's.
 */
import autocannon from 'autocannon'
import { rmSync } from 'node:fs'
import { buildContentRecords } from '../src/publish/build-content'
import { COMPATIBILITY_DATE } from '../tests/support/worker-bundle'
import { firstPublishPlan } from './first-publish-plan'
import {
  allWrites,
  buildBundle,
  bundleWorker,
  residentMiB,
  serve,
  type Served,
} from './serve-bundle'

const SECONDS = Math.min(600, Math.max(5, Number(process.argv[2] ?? 60)))
const CONNECTIONS = 8
const MEMORY_SAMPLES = 6

const long = 'x'.repeat(10 * 1024)
/** Valid reads first, then the kinds of hostile input the attack tests cover. */
const REQUESTS = [
  '/',
  '/articles/north-korea-russia-relations',
  '/api/articles/north-korea-russia-relations',
  '/api/articles?page=1&limit=50',
  `/tags/${encodeURIComponent('كوريا-الجنوبيه')}`,
  `/tags/${encodeURIComponent('کوریا الجنوبیة')}`,
  '/api/tags',
  '/feed.xml',
  `/oembed?url=${encodeURIComponent('http://127.0.0.1/articles/north-korea-russia-relations')}`,
  '/articles/%E0%A4%A',
  '/articles/a%00b',
  `/articles/${long}`,
  '/articles/..%2F..%2Fetc%2Fpasswd',
  '/articles/%E2%80%AEevil',
  '/api/articles?page=-1',
  '/api/articles?limit=1&limit=2',
  '/api/articles?page=99999999999999999999',
  `/api/tags/${long}`,
  '/oembed?url=javascript:alert(1)',
  '/tags/%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '/no/such/page',
]

/** Runs the rotation against `site` for SECONDS, sampling the workerd process's memory. */
async function soak(site: Served, paths: string[]) {
  const memory: number[] = []
  const sample = () => {
    const mib = residentMiB(site.pid)
    if (mib !== null) memory.push(mib)
  }
  sample()
  const timer = setInterval(sample, (SECONDS * 1000) / MEMORY_SAMPLES)
  const result = await autocannon({
    url: site.origin,
    connections: CONNECTIONS,
    duration: SECONDS,
    requests: paths.map((path) => ({ method: 'GET', path })),
  })
  clearInterval(timer)
  sample()
  await site.mf.dispose()
  return { result, memory }
}

const curve = (memory: number[]) => memory.map((mib) => mib.toFixed(0)).join(' → ')
/** Growth over the second half: the first half warms caches and the heap. */
const lateGrowth = (memory: number[]) => memory.at(-1)! - memory[Math.floor(memory.length / 2)]!

async function main() {
  const outdir = buildBundle()
  const records = [...(await buildContentRecords('content'))]
  const writes = allWrites(firstPublishPlan(new Map(records)))
  const site = await serve(bundleWorker(outdir), writes)
  console.log(
    `soak: ${SECONDS} s, ${CONNECTIONS} connections, ${REQUESTS.length} request kinds in rotation, against ${site.origin}`
  )
  const { result, memory } = await soak(site, REQUESTS)

  const statuses = Object.entries(result.statusCodeStats ?? {}).sort(
    ([a], [b]) => Number(a) - Number(b)
  )
  console.log(
    `\nrequests: ${result.requests.total}, errors: ${result.errors}, timeouts: ${result.timeouts}`
  )
  for (const [status, stat] of statuses) console.log(`  ${status}: ${stat?.count ?? 0}`)
  const serverErrors = statuses
    .filter(([status]) => Number(status) >= 500)
    .reduce((sum, [, stat]) => sum + (stat?.count ?? 0), 0)
  console.log(`5xx: ${serverErrors}`)

  console.log(`\nthe same load against a floor Worker (a constant 18 KB string), for comparison…`)
  const floor = await serve({
    modules: true,
    compatibilityDate: COMPATIBILITY_DATE,
    script:
      "const body = 'م'.repeat(9000); export default { fetch() { return new Response(body) } }",
  })
  const reference = await soak(floor, ['/'])
  console.log(`workerd memory, MiB, ${MEMORY_SAMPLES + 2} samples over ${SECONDS} s:`)
  console.log(
    `  Minbar: ${curve(memory)}   (second half: ${lateGrowth(memory) >= 0 ? '+' : ''}${lateGrowth(memory).toFixed(0)})`
  )
  console.log(
    `  floor:  ${curve(reference.memory)}   (second half: ${lateGrowth(reference.memory) >= 0 ? '+' : ''}${lateGrowth(reference.memory).toFixed(0)})`
  )
  rmSync(outdir, { recursive: true, force: true })
  if (serverErrors > 0 || result.errors > 0) process.exit(1)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
