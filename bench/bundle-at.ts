/**
 * @module
 * The production bundle as another commit built it: a detached worktree of `ref` (sharing this
 * checkout's `node_modules`), built with `wrangler deploy --dry-run --outdir`, then removed. The
 * benchmarks serve it beside today's bundle, so before and after come from one run.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

/** Builds the bundle of commit `ref` into a new folder and returns the folder. */
export function bundleAt(ref: string): string {
  const worktree = mkdtempSync(join(tmpdir(), 'minbar-ref-'))
  const outdir = mkdtempSync(join(tmpdir(), 'minbar-bundle-'))
  rmSync(worktree, { recursive: true })
  execFileSync('git', ['worktree', 'add', '--detach', worktree, ref], { stdio: 'ignore' })
  try {
    symlinkSync(resolve('node_modules'), join(worktree, 'node_modules'))
    const build = spawnSync('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', outdir], {
      cwd: worktree,
      encoding: 'utf8',
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
    })
    if (build.status !== 0)
      throw new Error(`${ref}: wrangler deploy --dry-run failed\n${build.stderr}`)
  } finally {
    execFileSync('git', ['worktree', 'remove', '--force', worktree], { stdio: 'ignore' })
  }
  return outdir
}
