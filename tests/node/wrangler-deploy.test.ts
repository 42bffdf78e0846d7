import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDir } from './content-set'

describe('wrangler deploy --dry-run', () => {
  it('bundles the Worker with its KV binding, without the Node-only publish step', () => {
    const outdir = tempDir('bundle')
    const run = spawnSync('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', outdir], { encoding: 'utf8', env: { ...process.env, WRANGLER_SEND_METRICS: 'false' } })
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toMatch(/env\.CONTENT/)
    const bundle = readdirSync(outdir).find((name) => name.endsWith('.js'))!
    expect(statSync(join(outdir, bundle)).size).toBeGreaterThan(1000)
    const code = readFileSync(join(outdir, bundle), 'utf8')
    expect(code).not.toMatch(/sanitize-html|markdown-it|getPlatformProxy/)
  })
})
