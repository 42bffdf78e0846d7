/**
 * The Cloudflare API stand-in (tests/stand-in/cloudflare-api.ts) answers the real wrangler binary
 * as Cloudflare does: each test runs `npx --no-install wrangler … --remote` or `wrangler deploy`
 * from the project root, against this project's wrangler.toml, with the stand-in as the API.
 * What these tests assert about wrangler's own behaviour (no retries, a missing key is an error)
 * is what the publish step must live with.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  startCloudflareStandIn,
  type CloudflareStandIn,
  type RecordedCall,
} from '../stand-in/cloudflare-api'

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const wranglerToml = readFileSync(join(projectRoot, 'wrangler.toml'), 'utf8')

function tomlString(pattern: RegExp): string {
  const value = pattern.exec(wranglerToml)?.[1]
  if (value === undefined) throw new Error(`wrangler.toml has no match for ${pattern}`)
  return value
}

const WORKER_NAME = tomlString(/^name = "([^"]+)"/m)
const COMPATIBILITY_DATE = tomlString(/^compatibility_date = "([^"]+)"/m)
const NAMESPACE_ID = tomlString(
  /^\[\[kv_namespaces\]\]\s*\nbinding = "CONTENT"\s*\nid = "([^"]+)"/m
)

type Run = { code: number | null; stdout: string; stderr: string }

// wrangler colours its errors with ANSI escapes (ESC [ … m).
const ANSI_COLOUR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g')
const withoutColour = (text: string) => text.replace(ANSI_COLOUR, '')

/**
 * Runs the real wrangler in the project root. Asynchronously, always: the stand-in answers from
 * this process's event loop, which a synchronous spawn would block.
 */
function wrangler(args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn('npx', ['--no-install', 'wrangler', ...args], {
      cwd: projectRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    child.on('error', reject)
    child.on('close', (code) => {
      resolvePromise({ code, stdout: withoutColour(stdout), stderr: withoutColour(stderr) })
    })
  })
}

const remote = ['--binding', 'CONTENT', '--remote']

let standIn: CloudflareStandIn
let workDir: string

beforeEach(async () => {
  standIn = await startCloudflareStandIn()
  workDir = mkdtempSync(join(tmpdir(), 'minbar-stand-in-test-'))
})

afterEach(async () => {
  await standIn.close()
  rmSync(workDir, { recursive: true, force: true })
})

const run = (args: string[], env = standIn.env()) => wrangler(args, env)

function writeJson(name: string, content: unknown): string {
  const file = join(workDir, name)
  writeFileSync(file, JSON.stringify(content))
  return file
}

const kvPath = (suffix: string) =>
  `/accounts/${standIn.accountId}/storage/kv/namespaces/${NAMESPACE_ID}${suffix}`
/** Calls to Cloudflare's API, leaving out wrangler's npm update check (which the stand-in also answers). */
const apiCalls = () =>
  standIn.calls.filter(
    (call) =>
      call.path.startsWith('/accounts') ||
      call.path.startsWith('/user') ||
      call.path.startsWith('/memberships')
  )
const described = (calls: RecordedCall[]) =>
  calls.map((call) => `${call.method} ${call.path} ${call.status}`)
const text = (bytes: Uint8Array | undefined) =>
  bytes === undefined ? undefined : Buffer.from(bytes).toString('utf8')

function seed(keys: string[]) {
  const contents = standIn.namespace(NAMESPACE_ID)
  for (const key of keys) contents.set(key, new TextEncoder().encode(`value of ${key}`))
}

const articleKeys = (count: number) =>
  Array.from({ length: count }, (_, index) => `v1:article:a-${String(index).padStart(5, '0')}`)

describe('wrangler kv against the Cloudflare API stand-in', { timeout: 120_000 }, () => {
  it('puts a key and gets it back, the key percent-encoded in the path', async () => {
    const value = 'منبر: {"version":3}'
    const put = await run(['kv', 'key', 'put', 'v1:manifest', value, ...remote])
    expect(put.code, put.stderr).toBe(0)
    expect(text(standIn.namespace(NAMESPACE_ID).get('v1:manifest'))).toBe(value)

    const get = await run(['kv', 'key', 'get', 'v1:manifest', ...remote, '--text'])
    expect(get.code, get.stderr).toBe(0)
    expect(get.stdout.trim()).toBe(value)
    expect(described(apiCalls())).toEqual([
      `PUT ${kvPath('/values/v1%3Amanifest')} 200`,
      `GET ${kvPath('/values/v1%3Amanifest')} 200`,
    ])
  })

  it('fails `kv key get` of a missing key: remotely wrangler exits 1 with "404: Not Found", not "Value not found"', async () => {
    const get = await run(['kv', 'key', 'get', 'v1:missing', ...remote, '--text'])
    expect(get.code).toBe(1)
    expect(get.stderr).toContain(
      `✘ [ERROR] Failed to fetch ${standIn.baseUrl}${kvPath('/values/v1%3Amissing')} - 404: Not Found);`
    )
    expect(get.stdout).not.toContain('Value not found')
    expect(described(apiCalls())).toEqual([`GET ${kvPath('/values/v1%3Amissing')} 404`])
  })

  it('sends a 2,500-pair bulk put as wrangler batches of 1,000, 1,000 and 500', async () => {
    const pairs = articleKeys(2500).map((key) => ({
      key,
      value: `{"slug":"${key}","title":"عنوان ${key}"}`,
    }))
    const put = await run(['kv', 'bulk', 'put', writeJson('pairs.json', pairs), ...remote])
    expect(put.code, put.stderr).toBe(0)
    const calls = apiCalls()
    expect(calls.map((call) => `${call.method} ${call.path}`)).toEqual(
      Array(3).fill(`PUT ${kvPath('/bulk')}`)
    )
    expect(calls.map((call) => call.batchSize)).toEqual([1000, 1000, 500])
    const contents = standIn.namespace(NAMESPACE_ID)
    expect(contents.size).toBe(2500)
    expect(text(contents.get('v1:article:a-02499'))).toBe(pairs[2499]!.value)
  })

  it('decodes base64 values of a bulk put', async () => {
    const bytes = Uint8Array.from([0, 1, 2, 254, 255])
    const put = await run([
      'kv',
      'bulk',
      'put',
      writeJson('binary.json', [
        { key: 'v1:binary', value: Buffer.from(bytes).toString('base64'), base64: true },
      ]),
      ...remote,
    ])
    expect(put.code, put.stderr).toBe(0)
    expect(standIn.namespace(NAMESPACE_ID).get('v1:binary')).toEqual(bytes)
  })

  it('lists more than 1,000 keys under a prefix through cursor pages, in UTF-8 byte order', async () => {
    const keys = [...articleKeys(2345), 'v1:article:مقال', 'v1:article:Zeta', 'v1:article:zeta']
    seed([...keys, 'v1:manifest', 'v0:article:old'])
    const list = await run(['kv', 'key', 'list', ...remote, '--prefix', 'v1:article:'])
    expect(list.code, list.stderr).toBe(0)
    const names = (JSON.parse(list.stdout) as Array<{ name: string }>).map((key) => key.name)
    expect(names).toEqual([...keys].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))))
    const calls = apiCalls()
    expect(calls.map((call) => `${call.method} ${call.path}`)).toEqual(
      Array(3).fill(`GET ${kvPath('/keys')}`)
    )
    expect(calls.map((call) => call.query.prefix)).toEqual([
      'v1:article:',
      'v1:article:',
      'v1:article:',
    ])
    expect(calls[0]!.query.cursor).toBeUndefined()
    expect(calls[1]!.query.cursor).toBeTruthy()
    expect(calls[2]!.query.cursor).not.toBe(calls[1]!.query.cursor)
  })

  it('bulk deletes in batches of 1,000, leaving the keys not named', async () => {
    const keys = articleKeys(1500)
    seed(keys)
    const doomed = [...keys.slice(0, 1200), 'v1:article:never-written']
    const remove = await run([
      'kv',
      'bulk',
      'delete',
      writeJson('delete.json', doomed),
      ...remote,
      '--force',
    ])
    expect(remove.code, remove.stderr).toBe(0)
    expect(apiCalls().map((call) => [call.method, call.path, call.batchSize])).toEqual([
      ['DELETE', kvPath('/bulk'), 1000],
      ['DELETE', kvPath('/bulk'), 201],
    ])
    expect([...standIn.namespace(NAMESPACE_ID).keys()]).toEqual(keys.slice(1200))
  })

  it('does not retry a failed bulk put: a 500 on the second batch ends wrangler with the first batch written', async () => {
    standIn.failNext(
      { method: 'PUT', path: /\/bulk$/, after: 1 },
      { status: 500, message: 'Internal error' }
    )
    const pairs = articleKeys(2500).map((key) => ({ key, value: key }))
    const put = await run(['kv', 'bulk', 'put', writeJson('pairs.json', pairs), ...remote])
    expect(put.code).toBe(1)
    expect(put.stderr).toContain(
      `✘ [ERROR] A request to the Cloudflare API (${kvPath('/bulk')}) failed.`
    )
    expect(put.stderr).toContain('Internal error [code: 500]')
    expect(described(apiCalls())).toEqual([
      `PUT ${kvPath('/bulk')} 200`,
      `PUT ${kvPath('/bulk')} 500`,
    ])
    expect(standIn.namespace(NAMESPACE_ID).size).toBe(1000)
  })

  it('refuses a wrong token with 403 "Authentication error" and writes nothing', async () => {
    const put = await run(
      [
        'kv',
        'bulk',
        'put',
        writeJson('pairs.json', [{ key: 'v1:manifest', value: '{}' }]),
        ...remote,
      ],
      standIn.env({ CLOUDFLARE_API_TOKEN: 'not-the-token' })
    )
    expect(put.code).toBe(1)
    expect(put.stderr).toContain(
      `✘ [ERROR] A request to the Cloudflare API (${kvPath('/bulk')}) failed.`
    )
    expect(put.stderr).toContain('Authentication error [code: 10000]')
    // Wrangler then asks who the token belongs to, to explain the failure; that is refused too.
    expect(described(apiCalls())).toEqual([
      `PUT ${kvPath('/bulk')} 403`,
      'GET /user/tokens/verify 403',
      'GET /user/tokens/verify 403',
    ])
    expect(standIn.namespace(NAMESPACE_ID).size).toBe(0)
  })
})

describe('the stand-in enforces KV limits, writing nothing when a request is refused', () => {
  const send = (method: string, suffix: string, body?: string, token = standIn.token) =>
    fetch(`${standIn.baseUrl}${kvPath(suffix)}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body,
    })
  const errorsOf = async (response: Response) =>
    (await response.json()) as {
      success: boolean
      errors: Array<{ code: number; message: string }>
    }

  it('takes 10,000 pairs in one bulk put and refuses 10,001', async () => {
    const pairs = (count: number) =>
      JSON.stringify(
        Array.from({ length: count }, (_, index) => ({ key: `k${index}`, value: 'v' }))
      )
    const tooMany = await send('PUT', '/bulk', pairs(10_001))
    expect(tooMany.status).toBe(400)
    expect((await errorsOf(tooMany)).success).toBe(false)
    expect(standIn.namespace(NAMESPACE_ID).size).toBe(0)
    const enough = await send('PUT', '/bulk', pairs(10_000))
    expect(enough.status).toBe(200)
    expect(((await enough.json()) as { result: unknown }).result).toEqual({
      successful_key_count: 10_000,
      unsuccessful_keys: [],
    })
  })

  it('refuses a whole bulk put for one key over 512 bytes or one value over 25 MiB', async () => {
    const longKey = await send(
      'PUT',
      '/bulk',
      JSON.stringify([
        { key: 'ok', value: 'v' },
        { key: 'k'.repeat(513), value: 'v' },
      ])
    )
    expect(longKey.status).toBe(400)
    const bigValue = await send(
      'PUT',
      '/bulk',
      JSON.stringify([
        { key: 'ok', value: 'v' },
        { key: 'big', value: 'x'.repeat(25 * 1024 * 1024 + 1) },
      ])
    )
    expect(bigValue.status).toBe(413)
    expect(standIn.namespace(NAMESPACE_ID).size).toBe(0)
  })

  it('gets at most 100 keys in a bulk get, as text or JSON, null for a missing key', async () => {
    seed(['a'])
    standIn.namespace(NAMESPACE_ID).set('j', new TextEncoder().encode('{"n":1}'))
    const got = await send('POST', '/bulk/get', JSON.stringify({ keys: ['a', 'j', 'missing'] }))
    expect(((await got.json()) as { result: unknown }).result).toEqual({
      values: { a: 'value of a', j: '{"n":1}', missing: null },
    })
    const asJson = await send(
      'POST',
      '/bulk/get',
      JSON.stringify({ keys: ['j'], type: 'json', withMetadata: true })
    )
    expect(((await asJson.json()) as { result: unknown }).result).toEqual({
      values: { j: { value: { n: 1 }, metadata: null } },
    })
    expect(
      (
        await send(
          'POST',
          '/bulk/get',
          JSON.stringify({ keys: Array.from({ length: 101 }, (_, index) => `k${index}`) })
        )
      ).status
    ).toBe(400)
  })

  it('answers a missing key, a wrong token and an unknown route in the envelope', async () => {
    const missing = await send('GET', '/values/nope')
    expect(missing.status).toBe(404)
    expect((await errorsOf(missing)).errors).toEqual([
      { code: 10009, message: "get: 'key not found'" },
    ])
    const forbidden = await send('DELETE', '/bulk', JSON.stringify(['a']), 'wrong')
    expect(forbidden.status).toBe(403)
    expect((await errorsOf(forbidden)).errors).toEqual([
      { code: 10000, message: 'Authentication error' },
    ])
    const unknown = await send('GET', '/metadata/a')
    expect(unknown.status).toBe(404)
    expect((await errorsOf(unknown)).errors[0]!.code).toBe(7003)
    expect(standIn.calls.map((call) => call.status)).toEqual([404, 403, 404])
  })

  it('lists between 10 and 1,000 keys a page', async () => {
    seed(articleKeys(25))
    const page = await send('GET', '/keys?limit=10')
    expect(
      ((await page.json()) as { result: unknown[]; result_info: { count: number } }).result_info
        .count
    ).toBe(10)
    expect((await send('GET', '/keys?limit=9')).status).toBe(400)
    expect((await send('GET', '/keys?limit=1001')).status).toBe(400)
  })
})

describe('wrangler deploy against the Cloudflare API stand-in', { timeout: 120_000 }, () => {
  const script = (suffix = '') =>
    `/accounts/${standIn.accountId}/workers/scripts/${WORKER_NAME}${suffix}`
  const service = () => `/accounts/${standIn.accountId}/workers/services/${WORKER_NAME}`
  const subdomain = () => `/accounts/${standIn.accountId}/workers/subdomain`
  const mediaBucket = () => `/accounts/${standIn.accountId}/r2/buckets/minbar-media`

  it('deploys a new Worker, then deploys it again, uploading the module with the CONTENT and MEDIA bindings', async () => {
    const first = await run(['deploy'])
    expect(first.code, first.stderr).toBe(0)
    expect(first.stdout).toContain(`Uploaded ${WORKER_NAME}`)
    expect(first.stdout).toMatch(/Current Version ID: [0-9a-f-]{36}/)
    // A Worker that does not exist yet is uploaded and deployed in one PUT.
    expect(described(apiCalls())).toEqual([
      `GET ${service()} 404`,
      `GET ${script('/deployments')} 404`,
      `GET ${script('/settings')} 404`,
      // A new Worker's R2 binding: wrangler checks that the bucket exists.
      `GET ${mediaBucket()} 200`,
      `PUT ${script()} 200`,
      `GET ${subdomain()} 200`,
      `GET ${script('/subdomain')} 200`,
      `POST ${script('/subdomain')} 200`,
    ])

    standIn.calls.length = 0
    const repeat = await run(['deploy'])
    expect(repeat.code, repeat.stderr).toBe(0)
    // Once it exists: a new version, then a deployment of it at 100%.
    expect(described(apiCalls())).toEqual([
      `GET ${service()} 200`,
      `GET ${script('/deployments')} 200`,
      `GET ${script('/settings')} 200`,
      `POST ${script('/versions')} 200`,
      `POST ${script('/deployments')} 200`,
      `PATCH ${script('/script-settings')} 200`,
      `GET ${subdomain()} 200`,
      `GET ${script('/subdomain')} 200`,
      `POST ${script('/subdomain')} 200`,
    ])

    const worker = standIn.workers.get(WORKER_NAME)!
    expect(worker.versions.map((version) => version.via)).toEqual([
      'script upload',
      'version upload',
    ])
    expect(worker.deployments.map((deployment) => deployment.versions)).toEqual(
      worker.versions.map((version) => [{ version_id: version.id, percentage: 100 }])
    )
    expect(repeat.stdout).toContain(`Current Version ID: ${worker.versions[1]!.id}`)
    for (const version of worker.versions) {
      const mainModule = version.metadata.main_module
      expect(mainModule).toEqual(expect.any(String))
      expect(version.metadata.compatibility_date).toBe(COMPATIBILITY_DATE)
      expect(version.metadata.bindings).toContainEqual({
        name: 'CONTENT',
        type: 'kv_namespace',
        namespace_id: NAMESPACE_ID,
      })
      expect(version.metadata.bindings).toContainEqual({
        name: 'MEDIA',
        type: 'r2_bucket',
        bucket_name: 'minbar-media',
      })
      const main = version.parts.find((part) => part.name === mainModule)
      expect(main?.type).toBe('application/javascript+module')
      expect(main?.size).toBeGreaterThan(1000)
    }
    expect(worker.subdomain.enabled).toBe(true)
  })
})
