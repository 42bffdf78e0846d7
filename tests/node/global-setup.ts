/**
 * Runs once before the Node tests: builds the production bundle exactly as `wrangler deploy`
 * would (`--dry-run --outdir`), and the KV records of `content/` through the real publish
 * pipeline, for tests that serve the real Worker to third-party clients.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { seedRecords } from '../seed-records'

export default async function setup(project: TestProject) {
  const outdir = mkdtempSync(join(tmpdir(), 'minbar-bundle-'))
  const build = spawnSync('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', outdir], { encoding: 'utf8' })
  if (build.status !== 0) throw new Error(`wrangler deploy --dry-run failed:\n${build.stderr}`)
  project.provide('workerBundle', join(outdir, 'index.js'))
  project.provide('seedRecords', await seedRecords())
}

declare module 'vitest' {
  export interface ProvidedContext {
    workerBundle: string
  }
}
