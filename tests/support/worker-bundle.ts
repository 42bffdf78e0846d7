/**
 * @module
 * The Worker as `wrangler deploy` ships it, for the tests and benchmarks that serve it: the
 * bundle built by `wrangler deploy --dry-run --outdir`, and the settings of `wrangler.toml` that
 * serving it needs. `wrangler.toml` is the one source of the compatibility date.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

const WRANGLER_TOML = readFileSync(new URL('../../wrangler.toml', import.meta.url), 'utf8')

function setting(pattern: RegExp, name: string): string {
  const value = pattern.exec(WRANGLER_TOML)?.[1]
  if (!value) throw new Error(`wrangler.toml sets no ${name}`)
  return value
}

export const COMPATIBILITY_DATE = setting(
  /^compatibility_date\s*=\s*"([^"]+)"/m,
  'compatibility_date'
)

/** The KV namespace id, under which wrangler persists local KV too. */
export const KV_NAMESPACE_ID = setting(/^id\s*=\s*"([^"]+)"/m, 'KV namespace id')

/** Builds the bundle into `outdir` (its entry is `index.js`) and returns wrangler's output. */
export function buildWorkerBundle(outdir: string): string {
  const build = spawnSync('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', outdir], {
    encoding: 'utf8',
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
  })
  if (build.status !== 0) throw new Error(`wrangler deploy --dry-run failed:\n${build.stderr}`)
  return build.stdout
}
