/**
 * `npm run publish -- --remote`, as an editor runs it, against the Cloudflare stand-in: a separate
 * process that asks the real wrangler for its credentials and reads `wrangler.toml` with wrangler,
 * then talks to the API over loopback. Every request is recorded by the stand-in.
 */
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { searchDocKey } from '../../src/store/keys'
import { testImage } from '../image-corpus'
import {
  startCloudflareStandIn,
  type CloudflareStandIn,
  type RecordedCall,
} from '../stand-in/cloudflare-api'
import { articleFile, newsroomFiles, tempDir } from './content-set'
import { remoteProject, run } from './remote-project'

let standIn: CloudflareStandIn
beforeAll(async () => {
  standIn = await startCloudflareStandIn()
})
afterAll(() => standIn.close())

/** «c»'s search result record: its doc id is its publication minute (see `assignDocIds`). */
const searchDocC = searchDocKey(Date.parse('2025-04-01T10:00:00+02:00') / 60_000)

const newsroom = newsroomFiles

/** The calls a publish made to one namespace, from `since` on. */
const callsTo = (namespaceId: string, since: number) =>
  standIn.calls.slice(since).filter((call) => call.path.includes(`/namespaces/${namespaceId}/`))
const isWrite = (call: RecordedCall) => call.method !== 'GET'
const bulkPuts = (calls: RecordedCall[]) =>
  calls.filter((call) => call.method === 'PUT' && call.path.endsWith('/bulk'))
const CONTENT_KEYS = ['v1:article:a', 'v1:article:b', 'v1:article:c', 'v1:latest:1', 'v1:tags']

/** One plain line, no stack trace. */
const oneLine = (stderr: string) => {
  const lines = stderr.trim().split('\n')
  expect(lines, stderr).toHaveLength(1)
  expect(stderr).not.toMatch(/^\s+at /m)
  return lines[0]!
}

describe('npm run publish -- --remote, through the real wrangler, against the API stand-in', () => {
  it('publishes everything to a fresh namespace, where the manifest is missing, and writes the manifest head last and alone', async () => {
    const project = remoteProject(standIn, newsroom())
    const since = standIn.calls.length
    const first = await project.publish()
    expect(first.code, first.stderr).toBe(0)
    expect(first.stdout).toMatch(/^plan: \d+ to write, 0 to delete, 0 unchanged$/m)
    const calls = callsTo(project.namespaceId, since)
    // The missing manifest is a 404, read as "never published", not as a failure.
    expect(calls[0]).toMatchObject({
      method: 'GET',
      path: expect.stringMatching(/\/values\/v1%3Amanifest$/),
      status: 404,
    })
    const stored = project.stored()
    for (const key of [...CONTENT_KEYS, 'v1:version', 'v1:manifest', 'v1:manifest:1'])
      expect(stored.has(key), key).toBe(true)
    const puts = bulkPuts(calls)
    expect(puts.at(-1)!.keys).toEqual(['v1:manifest'])
    expect(puts.at(-2)!.keys).toContain('v1:version')
    expect(puts.slice(0, -2).flatMap((call) => call.keys)).not.toContain('v1:version')
    expect(JSON.parse(stored.get('v1:article:a')!)).toMatchObject({ slug: 'a', title: 'قمة موسكو' })
    expect(first.stdout).toMatch(/\d+ API call\(s\), [\d.]+ MB sent, 0 retried/)
  })

  it('writes nothing at all when nothing changed, and reads the manifest without listing keys', async () => {
    const project = remoteProject(standIn, newsroom())
    expect((await project.publish()).code).toBe(0)
    const since = standIn.calls.length
    const again = await project.publish()
    expect(again.code, again.stderr).toBe(0)
    expect(again.stdout).toMatch(/^plan: 0 to write, 0 to delete, \d+ unchanged$/m)
    const calls = callsTo(project.namespaceId, since)
    expect(calls.filter(isWrite)).toEqual([])
    expect(calls.map((call) => call.path.replace(/.*\/namespaces\/[^/]+/, ''))).toEqual([
      '/values/v1%3Amanifest',
      '/values/v1%3Amanifest%3A1',
    ])
  })

  it('sends only the edited article, its search record and shard, the content version and the manifest after an edit', async () => {
    const project = remoteProject(standIn, newsroom())
    await project.publish()
    project.commit({
      'c.md': articleFile(
        'c',
        { title: '"أسعار القمح"', tags: '\n  - اقتصاد', published: '"2025-04-01T10:00:00+02:00"' },
        'نص بعد التصحيح.'
      ),
    })
    const since = standIn.calls.length
    const edited = await project.publish()
    expect(edited.code, edited.stderr).toBe(0)
    const sent = bulkPuts(callsTo(project.namespaceId, since)).flatMap((call) => call.keys)
    expect(sent.sort()).toEqual(
      [
        'v1:article:c',
        'v1:manifest',
        'v1:manifest:1',
        searchDocC,
        'v1:search:shard:1',
        'v1:version',
      ].sort()
    )
    expect(JSON.parse(project.stored().get('v1:article:c')!).html).toContain('نص بعد التصحيح.')
  })

  it('deletes a removed article through bulk delete, after the writes that unlink it', async () => {
    const project = remoteProject(standIn, newsroom())
    await project.publish()
    project.commit({ 'c.md': null })
    const since = standIn.calls.length
    const removed = await project.publish()
    expect(removed.code, removed.stderr).toBe(0)
    const writes = callsTo(project.namespaceId, since).filter(isWrite)
    const deletion = writes.find((call) => call.path.endsWith('/bulk/delete'))!
    expect(deletion.keys!.sort()).toEqual(['v1:article:c', searchDocC, 'v1:tag:اقتصاد:1'].sort())
    expect(writes.indexOf(deletion)).toBeGreaterThan(0)
    expect(bulkPuts(writes).at(-1)!.keys).toEqual(['v1:manifest'])
    expect(project.stored().has('v1:article:c')).toBe(false)
  })

  it('rolls back with --from: publishes content/ as it was at a commit, sending only what differs', async () => {
    const project = remoteProject(standIn, newsroom())
    await project.publish()
    const before = project.stored().get('v1:article:c')
    project.commit({
      'c.md': articleFile('c', {
        title: '"أسعار القمح ترتفع"',
        tags: '\n  - اقتصاد',
        published: '"2025-04-01T10:00:00+02:00"',
      }),
    })
    await project.publish()
    expect(project.stored().get('v1:article:c')).not.toBe(before)
    const since = standIn.calls.length
    const back = await project.publish(['--from', 'HEAD~1'])
    expect(back.code, back.stderr).toBe(0)
    expect(project.stored().get('v1:article:c')).toBe(before)
    const sent = bulkPuts(callsTo(project.namespaceId, since)).flatMap((call) => call.keys)
    expect(sent).not.toContain('v1:article:a')
    expect(sent).toContain('v1:article:c')
  })

  it('rides out a 429 with Retry-After and a 500, and still writes the version and manifest last', async () => {
    const project = remoteProject(standIn, newsroom())
    standIn.failNext(
      { method: 'PUT', path: /\/bulk$/ },
      { status: 429, retryAfter: 1, code: 10013, message: 'Too many requests' }
    )
    standIn.failNext(
      { method: 'PUT', path: /\/bulk$/ },
      { status: 500, code: 10001, message: 'Internal error' }
    )
    const since = standIn.calls.length
    const result = await project.publish()
    expect(result.code, result.stderr).toBe(0)
    const puts = bulkPuts(callsTo(project.namespaceId, since))
    expect(puts.map((call) => call.status)).toEqual([429, 500, 200, 200, 200])
    // Retry-After: 1 was honoured.
    expect(puts[1]!.at - puts[0]!.at).toBeGreaterThanOrEqual(1000)
    expect(puts.at(-2)!.keys).toContain('v1:version')
    expect(puts.at(-1)!.keys).toEqual(['v1:manifest'])
    expect(result.stdout).toMatch(/2 retried/)
    for (const key of CONTENT_KEYS) expect(project.stored().has(key), key).toBe(true)
  })

  it('stops in one line when a batch fails on every try, leaves version and manifest unwritten, and the re-run resumes', async () => {
    const project = remoteProject(standIn, newsroom())
    // The content batch lands; the batch carrying the content version fails on each try.
    standIn.failNext(
      { method: 'PUT', path: /\/bulk$/, bodyIncludes: 'v1:version' },
      { status: 503, message: 'Service unavailable' },
      2
    )
    const failed = await project.publish(['--tries', '2'])
    expect(failed.code).toBe(1)
    const line = oneLine(failed.stderr)
    expect(line).toMatch(
      /^publish stopped at batch 2 of 3 \(writing \d+ key\(s\)\): .*503.*\(2 tries\)\. \d+ of \d+ key\(s\) had landed;/
    )
    expect(line).toContain('Run the same command again')
    const stored = project.stored()
    expect(stored.has('v1:version')).toBe(false)
    expect(stored.has('v1:manifest')).toBe(false)
    for (const key of CONTENT_KEYS) expect(stored.has(key), key).toBe(true)

    const since = standIn.calls.length
    const rerun = await project.publish()
    expect(rerun.code, rerun.stderr).toBe(0)
    // What landed before is not sent again.
    const resent = bulkPuts(callsTo(project.namespaceId, since)).flatMap((call) => call.keys)
    expect(resent.sort()).toEqual(['v1:manifest', 'v1:manifest:1', 'v1:version'])
    const third = standIn.calls.length
    expect((await project.publish()).stdout).toMatch(/^plan: 0 to write, 0 to delete/m)
    expect(callsTo(project.namespaceId, third).filter(isWrite)).toEqual([])
  })

  it('names the fix in one line when there is no token, or a bad one, and writes nothing', async () => {
    const project = remoteProject(standIn, newsroom())
    // No token in the environment and no `wrangler login` state in this HOME.
    const missing = await project.publish([], {
      CLOUDFLARE_API_TOKEN: undefined,
      HOME: tempDir('home'),
      XDG_CONFIG_HOME: undefined,
    })
    expect(missing.code).toBe(1)
    expect(oneLine(missing.stderr)).toMatch(
      /^Cloudflare did not accept the credentials \(.*Not logged in.*\); nothing was written\. To fix: run `npx wrangler login`, or set CLOUDFLARE_API_TOKEN .*KV Storage: Edit/
    )
    const since = standIn.calls.length
    const bad = await project.publish([], { CLOUDFLARE_API_TOKEN: 'not-the-token' })
    expect(bad.code).toBe(1)
    expect(oneLine(bad.stderr)).toMatch(
      /^Cloudflare did not accept the credentials \(GET .*403 Authentication error.*\); nothing was written\. To fix: run `npx wrangler login`/
    )
    expect(callsTo(project.namespaceId, since).filter(isWrite)).toEqual([])
    expect(project.stored().size).toBe(0)
  })
})

describe('npm run deploy, against the API stand-in', () => {
  it(
    'publishes content/ to the namespace in wrangler.toml, then uploads the Worker bound to it',
    { timeout: 180_000 },
    async () => {
      const repoRoot = resolve(import.meta.dirname, '..', '..')
      const config = readFileSync(join(repoRoot, 'wrangler.toml'), 'utf8')
      const namespaceId = /^id = "([^"]+)"/m.exec(config)![1]!
      const compatibilityDate = /^compatibility_date = "([^"]+)"/m.exec(config)![1]!
      const since = standIn.calls.length
      const deploy = await run('npm', ['run', 'deploy'], repoRoot, standIn.env())
      expect(deploy.code, deploy.stderr).toBe(0)

      const stored = standIn.namespace(namespaceId)
      expect(stored.has('v1:article:north-korea-russia-relations')).toBe(true)
      expect(stored.has('v1:manifest')).toBe(true)
      const calls = standIn.calls.slice(since)
      const upload = calls.findIndex(
        (call) =>
          /\/workers\/scripts\/minbar(\/versions)?$/.test(call.path) &&
          ['PUT', 'POST'].includes(call.method)
      )
      const lastKvWrite = calls.findLastIndex(
        (call) => call.path.includes('/storage/kv/') && call.method !== 'GET'
      )
      expect(upload).toBeGreaterThan(lastKvWrite)
      expect(calls[lastKvWrite]!.keys).toEqual(['v1:manifest'])

      const version = standIn.workers.get('minbar')!.versions.at(-1)!
      expect(version.metadata.main_module).toBe('index.js')
      expect(version.metadata.compatibility_date).toBe(compatibilityDate)
      expect(version.metadata.bindings).toContainEqual({
        name: 'CONTENT',
        type: 'kv_namespace',
        namespace_id: namespaceId,
      })
      expect(version.parts.find((part) => part.name === 'index.js')?.size).toBeGreaterThan(1000)
    }
  )
})

describe('npm run publish -- --remote with images, against the API stand-in', () => {
  it('stores every variant in the R2 bucket through its REST API, once, and deletes them with their last article', async () => {
    const project = remoteProject(standIn, newsroom())
    const bucketName = `media-${project.namespaceId.slice(0, 8)}`
    const config = join(project.dir, 'wrangler.toml')
    writeFileSync(
      config,
      readFileSync(config, 'utf8').replace(/bucket_name = "[^"]*"/, `bucket_name = "${bucketName}"`)
    )
    mkdirSync(join(project.dir, 'content', 'images'))
    writeFileSync(
      join(project.dir, 'content', 'images', 'hero.jpg'),
      await testImage({ width: 1000, height: 700 })
    )
    const withImage = articleFile('c', {
      title: '"أسعار القمح"',
      tags: '\n  - اقتصاد',
      published: '"2025-04-01T10:00:00+02:00"',
      image: '\n  src: images/hero.jpg\n  alt: "صورة مولّدة للاختبار"',
    })
    project.commit({ 'c.md': withImage })
    const since = standIn.calls.length
    const first = await project.publish()
    expect(first.code, first.stderr).toBe(0)
    expect(first.stdout).toMatch(/^images: 1 encoded/m)
    const bucket = standIn.bucket(bucketName)
    // 400, 800 and 1000 px in three formats, and the card.
    expect(bucket.size).toBe(10)
    for (const [key, object] of bucket) {
      const type = { avif: 'image/avif', webp: 'image/webp', jpg: 'image/jpeg' }[
        key.slice(key.lastIndexOf('.') + 1)
      ]
      expect(object.contentType, key).toBe(type)
      const meta = await sharp(Buffer.from(object.bytes)).metadata()
      expect(meta.width, key).toBe(
        key.endsWith('-og.jpg') ? 1200 : Number(/-(\d+)\./.exec(key)![1])
      )
    }
    const objectPuts = standIn.calls
      .slice(since)
      .filter(
        (call) => call.method === 'PUT' && call.path.includes(`/r2/buckets/${bucketName}/objects/`)
      )
    expect(objectPuts).toHaveLength(10)
    // The objects land before the article that shows them.
    const firstRecordPut = standIn.calls.findIndex(
      (call, index) => index >= since && call.path.endsWith('/bulk')
    )
    expect(standIn.calls.indexOf(objectPuts.at(-1)!)).toBeLessThan(firstRecordPut)

    const again = standIn.calls.length
    const rerun = await project.publish()
    expect(rerun.stdout).toMatch(/^images: 0 encoded/m)
    expect(rerun.stdout).toMatch(/^plan: 0 to write, 0 to delete, \d+ unchanged$/m)
    expect(standIn.calls.slice(again).filter((call) => call.path.includes('/r2/'))).toEqual([])

    project.commit({ 'c.md': newsroom()['c.md'] })
    const removed = await project.publish()
    expect(removed.code, removed.stderr).toBe(0)
    expect(removed.stdout).toMatch(/^plan: \d+ to write, 10 to delete/m)
    expect(bucket.size).toBe(0)
  })
})
