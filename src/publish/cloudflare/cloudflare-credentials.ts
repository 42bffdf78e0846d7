/**
 * @module
 * Where a remote publish writes, and as whom: the same things wrangler itself would use, so an
 * editor who can `wrangler deploy` can publish. wrangler reads the namespace id from
 * `wrangler.toml`, and wrangler answers `wrangler auth token --json` with the credentials it
 * holds (`CLOUDFLARE_API_TOKEN`, or the `wrangler login` token, refreshed when it has expired).
 */
import { unstable_readConfig } from 'wrangler'
import { execFile } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { CloudflareAuthError, cloudflareApi, type CloudflareAuth } from './cloudflare-api'

/** The binding the Worker reads content through (`[[kv_namespaces]]` in `wrangler.toml`). */
const CONTENT_BINDING = 'CONTENT'
const MEDIA_BINDING = 'MEDIA'

const DEFAULT_API_BASE_URL = 'https://api.cloudflare.com/client/v4'

/** The one line an editor needs when Cloudflare does not accept who they are. */
export const LOGIN_FIX =
  'run `npx wrangler login`, or set CLOUDFLARE_API_TOKEN to an API token with the "Workers KV Storage: Edit" permission'

export type RemoteNamespace = {
  baseUrl: string
  auth: CloudflareAuth
  accountId: string
  namespaceId: string
  /** The R2 bucket bound as `MEDIA`, where image objects go; `null` when none is bound. */
  bucketName: string | null
}

/** The wrangler binary of this project, run with the Node that runs the publish step. */
export function wranglerBin(): string {
  return join(
    dirname(createRequire(import.meta.url).resolve('wrangler/package.json')),
    'bin',
    'wrangler.js'
  )
}

/** Runs the real wrangler with `args`; resolves with its standard output, rejects with its error output. */
function runWrangler(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, WRANGLER_SEND_METRICS: 'false' }
    execFile(
      process.execPath,
      [wranglerBin(), ...args],
      { env, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`${stderr}${stdout}`.trim() || error.message))
        else resolve(stdout)
      }
    )
  })
}

/** The credentials wrangler holds, as `wrangler auth token --json` prints them. */
async function wranglerAuth(): Promise<CloudflareAuth> {
  let printed: string
  try {
    printed = await runWrangler(['auth', 'token', '--json'])
  } catch (error) {
    const reason = /Not logged in|[^\n]*(?:token|auth)[^\n]*/i.exec(
      error instanceof Error ? error.message : String(error)
    )?.[0]
    throw new CloudflareAuthError(
      `wrangler has no Cloudflare credentials${reason ? ` (${reason.replace(/^\W+/, '').trim()})` : ''}`
    )
  }
  const token = JSON.parse(printed.slice(printed.indexOf('{'))) as {
    type: string
    token?: string
    key?: string
    email?: string
  }
  if (token.token) return { apiToken: token.token }
  if (token.key && token.email) return { authKey: token.key, authEmail: token.email }
  throw new CloudflareAuthError('wrangler printed no usable credentials')
}

/** The account: `CLOUDFLARE_ACCOUNT_ID`, `account_id` in `wrangler.toml`, or the token's only account. */
async function accountIdFor(
  baseUrl: string,
  auth: CloudflareAuth,
  configured: string | undefined
): Promise<string> {
  const fromEnv = process.env.CLOUDFLARE_ACCOUNT_ID
  if (fromEnv) return fromEnv
  if (configured) return configured
  const { result } = await cloudflareApi({ baseUrl, auth }).call('GET', '/accounts')
  const accounts = (result ?? []) as Array<{ id: string; name?: string }>
  if (accounts.length === 1) return accounts[0]!.id
  const names = accounts.map((account) => `${account.id} (${account.name ?? ''})`).join(', ')
  throw new Error(
    `set CLOUDFLARE_ACCOUNT_ID or account_id in wrangler.toml: this token reaches ${accounts.length} accounts${names ? `: ${names}` : ''}`
  )
}

/** Reads `wrangler.toml` and wrangler's credentials. @throws CloudflareAuthError when there are none. */
/** The part of wrangler's resolved config the publish step reads. */
type WranglerConfig = {
  account_id?: string
  kv_namespaces: Array<{ binding: string; id?: string }>
  r2_buckets?: Array<{ binding: string; bucket_name?: string }>
}

export async function remoteNamespace(configPath?: string): Promise<RemoteNamespace> {
  const config = unstable_readConfig(
    { config: configPath },
    { hideWarnings: true }
  ) as unknown as WranglerConfig
  const namespaceId = config.kv_namespaces.find(
    (namespace) => namespace.binding === CONTENT_BINDING
  )?.id
  if (!namespaceId)
    throw new Error(
      `wrangler.toml has no [[kv_namespaces]] binding "${CONTENT_BINDING}" with an id: create one with \`npx wrangler kv namespace create ${CONTENT_BINDING}\``
    )
  // An empty variable means unset, as wrangler reads it.
  const fromEnv = process.env.CLOUDFLARE_API_BASE_URL
  const baseUrl = fromEnv === undefined || fromEnv === '' ? DEFAULT_API_BASE_URL : fromEnv
  const auth = await wranglerAuth()
  return {
    baseUrl,
    auth,
    accountId: await accountIdFor(baseUrl, auth, config.account_id),
    namespaceId,
    bucketName:
      config.r2_buckets?.find((bucket) => bucket.binding === MEDIA_BINDING)?.bucket_name ?? null,
  }
}
