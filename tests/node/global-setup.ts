/**
 * Runs once before the Node tests: builds the production bundle exactly as `wrangler deploy`
 * would (`--dry-run --outdir`), and the KV records of `content/` through the real publish
 * pipeline, for tests that serve the real Worker to third-party clients.
 */
import type { TestProject } from 'vitest/node'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildWorkerBundle } from '../../src/publish/worker-bundle'
import { imageSite } from '../image-corpus'
import { seedRecords } from '../seed-records'

export default async function setup(project: TestProject) {
  const outdir = mkdtempSync(join(tmpdir(), 'minbar-bundle-'))
  buildWorkerBundle(outdir)
  project.provide('workerBundle', join(outdir, 'index.js'))
  project.provide('seedRecords', await seedRecords())
  project.provide('imageSite', await imageSite())
}

declare module 'vitest' {
  export interface ProvidedContext {
    workerBundle: string
  }
}
