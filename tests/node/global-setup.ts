/**
 * Runs once before the Node tests: builds the production bundle exactly as `wrangler deploy`
 * would (`--dry-run --outdir`), and the KV records of `content/` through the real publish
 * pipeline, for tests that serve the real Worker to third-party clients.
 */
import type { TestProject } from 'vitest/node'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { imageSite } from '../image-corpus'
import { seedRecords } from '../seed-records'
import { buildWorkerBundle } from '../support/worker-bundle'

export default async function setup(project: TestProject) {
  const outdir = mkdtempSync(join(tmpdir(), 'minbar-bundle-'))
  buildWorkerBundle(outdir)
  project.provide('workerBundle', join(outdir, 'index.js'))
  project.provide('seedRecords', await seedRecords())
  project.provide('imageSite', await imageSite())
  // The bundle's folder goes when the run ends, so runs do not pile folders up in the temp dir.
  return () => {
    rmSync(outdir, { recursive: true, force: true })
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    workerBundle: string
  }
}
