import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
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

  it('keeps the bundle within its budget of 64 KiB gzip, which a cold isolate starts faster under', () => {
    const outdir = tempDir('bundle-size')
    buildWorkerBundle(outdir)
    const bundle = readdirSync(outdir).find((name) => name.endsWith('.js'))!
    expect(gzipSync(readFileSync(join(outdir, bundle))).length).toBeLessThanOrEqual(64 * 1024)
  })
})
