/**
 * `npm run bench`: Minbar against the physical floor, side by side in one run.
 *
 * - The production bundle (`wrangler deploy --dry-run --outdir`) runs in workerd through
 *   Miniflare's API, with local KV holding what the publish step builds from `content/`.
 * - The floor is the same workerd returning a precomputed string of the article page's size.
 * - Minbar is served twice: with no content version (every request renders from KV) and with one
 *   (repeat requests come from the edge cache).
 * - autocannon drives each route and the floor in alternating rounds after a warm-up; medians are
 *   reported, with each route's throughput as a ratio of the floor's in the same rounds.
 * - CPU per request is read from /proc for each workerd process.
 */
import autocannon from 'autocannon'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { buildContentRecords } from '../src/publish/build-content'
import { COMPATIBILITY_DATE } from '../src/publish/worker-bundle'
import { articleKey } from '../src/store/keys'
import { firstPublishPlan } from './first-publish-plan'
import { allWrites, buildBundle, bundleWorker, cpuMicros, serve, type Served } from './serve-bundle'

const ROUNDS = 3
const SECONDS = 4
const WARMUP_SECONDS = 2
const CONNECTIONS = 8
const ARTICLE_SLUG = 'north-korea-russia-relations'
const ARTICLE = `/articles/${ARTICLE_SLUG}`
/** The issue 17 targets, each against its reference measured in the same rounds. */
const UNCACHED_CPU_TARGET = 1.3
const HIT_THROUGHPUT_TARGET = 0.9

type Run = { rps: number; p50: number; p99: number; cpuPerRequest: number | null }

async function load(served: Served, path: string, seconds: number): Promise<Run> {
  const cpuBefore = cpuMicros(served.pid)
  const result = await autocannon({
    url: served.origin + path,
    connections: CONNECTIONS,
    duration: seconds,
  })
  const cpuAfter = cpuMicros(served.pid)
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${path}: ${result.non2xx} non-2xx, ${result.errors} errors`)
  const requests = result.requests.total
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    cpuPerRequest:
      cpuBefore !== null && cpuAfter !== null && requests > 0
        ? (cpuAfter - cpuBefore) / requests
        : null,
  }
}

const KV_REFERENCE = 'ref: floor + 1 KV read'
const CACHE_REFERENCE = 'ref: floor + cache hit'

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

/** The 1, 5 and 15 minute load averages: the machine is shared, and the figures move with them. */
const loadAverage = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')

async function main() {
  const loadBefore = loadAverage()
  const outdir = buildBundle()
  const bundle = readFileSync(join(outdir, 'index.js'))

  const records = [...(await buildContentRecords('content'))]
  const withVersion = allWrites(firstPublishPlan(new Map(records)))
  const worker = bundleWorker(outdir)
  const uncached = await serve(worker, records)
  const cached = await serve(worker, withVersion)

  const articleResponse = await fetch(uncached.origin + ARTICLE)
  const articleBytes = Buffer.from(await articleResponse.arrayBuffer())
  const floorScript = `const body = 'م'.repeat(${Math.floor(articleBytes.length / 2)}) + '${'x'.repeat(articleBytes.length % 2)}';
export default { fetch() { return new Response(body, { headers: { 'content-type': 'text/html; charset=utf-8' } }) } }`
  const floor = await serve({
    modules: true,
    script: floorScript,
    compatibilityDate: COMPATIBILITY_DATE,
  })
  // References that show what bounds Minbar: the floor plus one KV read of the article record the
  // page reads, as the page reads it (what an uncached page adds at the least), and the floor
  // plus one Cache API lookup (what an edge-cache hit must do, the content version being kept in
  // the isolate between reads).
  const kvFloorScript = floorScript.replace(
    'fetch() {',
    `async fetch(request, env) { await env.CONTENT.get(${JSON.stringify(articleKey(ARTICLE_SLUG))}, { type: 'text' });`
  )
  const cacheFloorScript = floorScript.replace(
    'fetch() {',
    "async fetch(request, env, ctx) { const key = new Request('https://floor.test/page'); const hit = await caches.default.match(key); if (hit) return hit; ctx.waitUntil(caches.default.put(key, new Response(body, { headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 's-maxage=86400' } })));"
  )
  const kvFloor = await serve(
    {
      modules: true,
      script: kvFloorScript,
      compatibilityDate: COMPATIBILITY_DATE,
      kvNamespaces: ['CONTENT'],
    },
    withVersion
  )
  const cacheFloor = await serve(
    {
      modules: true,
      script: cacheFloorScript,
      compatibilityDate: COMPATIBILITY_DATE,
      kvNamespaces: ['CONTENT'],
    },
    withVersion
  )

  const routes: Array<{ name: string; served: Served; path: string; cacheHit?: boolean }> = [
    { name: 'article HTML', served: uncached, path: ARTICLE },
    { name: 'article JSON', served: uncached, path: '/api/articles/north-korea-russia-relations' },
    { name: 'home', served: uncached, path: '/' },
    { name: 'tag page', served: uncached, path: `/tags/${encodeURIComponent('كوريا-الجنوبيه')}` },
    { name: 'article HTML, edge cache', served: cached, path: ARTICLE, cacheHit: true },
    { name: KV_REFERENCE, served: kvFloor, path: '/' },
    { name: CACHE_REFERENCE, served: cacheFloor, path: '/' },
  ]

  // Every variant answers 200 with the bytes expected, before anything is timed.
  const floorBytes = (await (await fetch(floor.origin)).arrayBuffer()).byteLength
  if (floorBytes !== articleBytes.length)
    throw new Error(`floor is ${floorBytes} bytes, article ${articleBytes.length}`)
  for (const route of routes) {
    await fetch(route.served.origin + route.path)
    const res = await fetch(route.served.origin + route.path)
    const bytes = (await res.arrayBuffer()).byteLength
    if (res.status !== 200 || bytes === 0)
      throw new Error(`${route.name}: ${res.status}, ${bytes} bytes`)
    if (route.cacheHit && res.headers.get('x-edge-cache') !== 'HIT')
      throw new Error(`${route.name}: not served from the edge cache`)
    if (!route.cacheHit && res.headers.get('x-edge-cache'))
      throw new Error(`${route.name}: edge cache should be off`)
    const articleSized = route.path === ARTICLE || route.name.startsWith('ref:')
    if (articleSized && bytes !== articleBytes.length)
      throw new Error(`${route.name}: ${bytes} bytes, expected ${articleBytes.length}`)
  }

  console.log(`warming up (${WARMUP_SECONDS} s a variant)…`)
  await load(floor, '/', WARMUP_SECONDS)
  for (const route of routes) await load(route.served, route.path, WARMUP_SECONDS)

  const results = new Map<string, { floor: Run[]; route: Run[] }>()
  for (let round = 1; round <= ROUNDS; round++) {
    for (const route of routes) {
      process.stdout.write(`round ${round}/${ROUNDS}: ${route.name}…\n`)
      const entry = results.get(route.name) ?? { floor: [], route: [] }
      entry.floor.push(await load(floor, '/', SECONDS))
      entry.route.push(await load(route.served, route.path, SECONDS))
      results.set(route.name, entry)
    }
  }

  console.log(
    `\n${CONNECTIONS} connections, ${ROUNDS} alternating rounds of ${SECONDS} s, medians; floor = workerd returning a ${articleBytes.length}-byte string`
  )
  console.log(
    'route                          req/s    p50 ms   p99 ms   CPU µs/req   floor req/s   ratio to floor'
  )
  for (const route of routes) {
    const { floor: floorRuns, route: runs } = results.get(route.name)!
    const ratio = median(runs.map((run, i) => run.rps / floorRuns[i]!.rps))
    const cpu = runs
      .map((run) => run.cpuPerRequest)
      .filter((value): value is number => value !== null)
    console.log(
      [
        route.name.padEnd(28),
        median(runs.map((run) => run.rps))
          .toFixed(0)
          .padStart(7),
        median(runs.map((run) => run.p50))
          .toFixed(1)
          .padStart(9),
        median(runs.map((run) => run.p99))
          .toFixed(1)
          .padStart(8),
        (cpu.length ? median(cpu).toFixed(0) : 'n/a').padStart(12),
        median(floorRuns.map((run) => run.rps))
          .toFixed(0)
          .padStart(13),
        `${ratio.toFixed(2)}×`.padStart(16),
      ].join(' ')
    )
  }
  const floorCpu = [...results.values()]
    .flatMap((entry) => entry.floor.map((run) => run.cpuPerRequest))
    .filter((value): value is number => value !== null)
  console.log(`floor CPU µs/req: ${floorCpu.length ? median(floorCpu).toFixed(0) : 'n/a'}`)
  // The targets, from the same alternating rounds: round by round, the route against its reference.
  // Each round's ratio is printed too: on a shared machine they spread widely.
  const perRound = (name: string, reference: string, of: (run: Run, floorRun: Run) => number) => {
    const route = results.get(name)!
    const ref = results.get(reference)!
    const rounds = route.route.map(
      (run, i) => of(run, route.floor[i]!) / of(ref.route[i]!, ref.floor[i]!)
    )
    return {
      ratio: median(rounds),
      rounds: rounds.map((ratio) => `${ratio.toFixed(2)}×`).join(', '),
    }
  }
  const cpu = perRound('article HTML', KV_REFERENCE, (run) => run.cpuPerRequest ?? Number.NaN)
  const hit = perRound(
    'article HTML, edge cache',
    CACHE_REFERENCE,
    (run, floorRun) => run.rps / floorRun.rps
  )
  console.log(
    `\ntargets (issue 17), round by round against the reference, medians:
  article HTML, uncached: CPU ${cpu.ratio.toFixed(2)}× the "${KV_REFERENCE}" reference (target ≤ ${UNCACHED_CPU_TARGET}×): ${cpu.ratio <= UNCACHED_CPU_TARGET ? 'met' : 'NOT met'} (rounds: ${cpu.rounds})
  article HTML, edge cache: throughput ${hit.ratio.toFixed(2)}× the "${CACHE_REFERENCE}" reference (target ≥ ${HIT_THROUGHPUT_TARGET}×): ${hit.ratio >= HIT_THROUGHPUT_TARGET ? 'met' : 'NOT met'} (rounds: ${hit.rounds})`
  )
  console.log(`\nload average (1, 5, 15 min): ${loadBefore} before, ${loadAverage()} after`)
  console.log(
    `bundle: ${(bundle.length / 1024).toFixed(1)} KiB raw, ${(gzipSync(bundle).length / 1024).toFixed(1)} KiB gzip (target ≤ 64 KiB gzip)`
  )
  console.log(
    `article page: ${articleBytes.length} bytes, ${gzipSync(articleBytes).length} bytes gzip (budget 14,336)`
  )
  await Promise.all(
    [uncached, cached, floor, kvFloor, cacheFloor].map((served) => served.mf.dispose())
  )
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
