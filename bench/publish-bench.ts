/**
 * `npm run bench:publish`: build and plan (no upload) of synthetic archives of 1k, 10k and 100k
 * articles, each in a fresh process, with wall time, peak memory, and the growth between sizes;
 * then each size again as a newsroom of 50 sections and 2,000 authors, with what they add.
 * `npm run bench:publish -- 1000 10000` measures other sizes; `-- --remote-double` publishes
 * 10k and 100k end to end to the Cloudflare API stand-in (see `publish-remote.ts`). Every plain
 * run ends with a local publish with images (`publish-images.ts`); `-- --images [N]` runs only that.
 */
import { spawnSync } from 'node:child_process'
import { availableParallelism } from 'node:os'
import { benchImagePublish } from './publish-images'
import { benchRemotePublish } from './publish-remote'

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0)
if (process.argv.includes('--remote-double')) {
  await benchRemotePublish(sizes.length > 0 ? sizes : [10_000, 100_000])
  process.exit(0)
}
const IMAGES = 20
if (process.argv.includes('--images')) {
  await benchImagePublish(sizes[0] ?? IMAGES)
  process.exit(0)
}
/** The newsroom shape the issue sets for scale: 50 sections, 2,000 authors. */
const NEWSROOM = '50,2000'
type Run = {
  articles: number
  newsroom: { sections: number; authors: number } | null
  records: number
  seconds: number
  peakMB: number
  largestValueKB: number
  phases: { load: number; build: number; plan: number }
}
const runs: Run[] = []
const newsroomRuns: Run[] = []

function measure(articles: number, extra: string[]): Run | null {
  const run = spawnSync('npx', ['tsx', 'bench/publish-scale.ts', String(articles), ...extra], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  if (run.status === 0) return JSON.parse(run.stdout.trim().split('\n').at(-1)!) as Run
  console.log(`${articles} articles: failed\n${run.stderr.split('\n').slice(0, 8).join('\n')}`)
  return null
}

for (const articles of sizes.length > 0 ? sizes : [1000, 10_000, 100_000]) {
  const plain = measure(articles, [])
  if (plain) runs.push(plain)
  const newsroom = measure(articles, ['--newsroom', NEWSROOM])
  if (newsroom) newsroomRuns.push(newsroom)
}

console.log(`\nbuild and plan of a synthetic archive (no upload), ${availableParallelism()} cores`)
console.log(
  'articles   records   seconds   peak MB   largest value KB   time growth   memory growth   load s   build s   plan s'
)
runs.forEach((run, i) => {
  const previous = runs[i - 1]
  const growth = (now: number, before?: number) => (before ? `×${(now / before).toFixed(1)}` : '-')
  console.log(
    [
      String(run.articles).padStart(8),
      String(run.records).padStart(9),
      run.seconds.toFixed(1).padStart(9),
      run.peakMB.toFixed(0).padStart(9),
      run.largestValueKB.toFixed(1).padStart(18),
      growth(run.seconds, previous?.seconds).padStart(13),
      growth(run.peakMB, previous?.peakMB).padStart(15),
      run.phases.load.toFixed(1).padStart(8),
      run.phases.build.toFixed(1).padStart(9),
      run.phases.plan.toFixed(1).padStart(8),
    ].join(' ')
  )
})

console.log(
  `\nthe same archives as a newsroom of ${NEWSROOM.replace(',', ' sections and ')} authors`
)
console.log('articles   records   seconds   added s   ratio   peak MB   largest value KB')
for (const run of newsroomRuns) {
  const plain = runs.find((other) => other.articles === run.articles)
  console.log(
    [
      String(run.articles).padStart(8),
      String(run.records).padStart(9),
      run.seconds.toFixed(1).padStart(9),
      (plain ? (run.seconds - plain.seconds).toFixed(1) : '-').padStart(9),
      (plain ? `×${(run.seconds / plain.seconds).toFixed(2)}` : '-').padStart(7),
      run.peakMB.toFixed(0).padStart(9),
      run.largestValueKB.toFixed(1).padStart(18),
    ].join(' ')
  )
}

await benchImagePublish(IMAGES)
