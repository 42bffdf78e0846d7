import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { buildWorkerBundle } from '../support/worker-bundle'
import { tempDir } from './content-set'

describe('wrangler deploy --dry-run', () => {
  it('bundles the Worker with its KV binding, without the Node-only publish step', () => {
    const outdir = tempDir('bundle')
    expect(buildWorkerBundle(outdir)).toMatch(/env\.CONTENT/)
    const bundle = readdirSync(outdir).find((name) => name.endsWith('.js'))!
    expect(statSync(join(outdir, bundle)).size).toBeGreaterThan(1000)
    const code = readFileSync(join(outdir, bundle), 'utf8')
    expect(code).not.toMatch(/sanitize-html|markdown-it|getPlatformProxy/)
  })
})
