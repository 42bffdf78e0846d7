/**
 * @module
 * The remote namespace, written through `wrangler kv bulk put|delete --remote` in batches
 * within KV's limits. Wrangler carries the account login and the namespace id from
 * `wrangler.toml`, so editors deploy with the tool they already use.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { bulkBatches } from './bulk-batches'
import type { KvTarget } from './kv-target'
import { valueText } from './kv-value'

const BINDING = 'CONTENT'

/** Runs `wrangler <args>` and returns its standard output, or throws with its error output. */
function wrangler(args: string[]): string {
  const run = spawnSync('npx', ['--no-install', 'wrangler', ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
  if (run.status !== 0) throw new Error(`wrangler ${args.slice(0, 3).join(' ')} failed:\n${run.stderr || run.stdout}`)
  return run.stdout
}

/** The wrangler command lines that write `entries` to the remote namespace, one per batch file. */
const getCommand = (key: string) => ['kv', 'key', 'get', key, '--binding', BINDING, '--remote', '--text']

export function bulkPutCommands(files: string[]): string[][] {
  return files.map((file) => ['kv', 'bulk', 'put', file, '--binding', BINDING, '--remote'])
}

export function bulkDeleteCommands(files: string[]): string[][] {
  return files.map((file) => ['kv', 'bulk', 'delete', file, '--binding', BINDING, '--remote', '--force'])
}

export function openRemoteKv(): KvTarget {
  const workDir = mkdtempSync(join(tmpdir(), 'minbar-publish-'))
  let fileNumber = 0
  const writeBatchFile = (content: unknown) => {
    const file = join(workDir, `batch-${++fileNumber}.json`)
    writeFileSync(file, JSON.stringify(content))
    return file
  }
  return {
    async getText(key) {
      const text = wrangler(getCommand(key))
      // wrangler prints this, and exits 0, for a missing key.
      return text.trim() === 'Value not found' ? null : text
    },
    async listKeys(prefix) {
      const listed = JSON.parse(wrangler(['kv', 'key', 'list', '--binding', BINDING, '--remote', '--prefix', prefix])) as Array<{ name: string }>
      return listed.map((key) => key.name)
    },
    async putMany(entries) {
      const files = bulkBatches(entries).map((batch) => writeBatchFile(batch.map(([key, value]) => ({ key, value: valueText(value) }))))
      for (const command of bulkPutCommands(files)) wrangler(command)
    },
    async deleteMany(keys) {
      const batches = bulkBatches(keys.map((key): [string, string] => [key, '']))
      const files = batches.map((batch) => writeBatchFile(batch.map(([key]) => key)))
      for (const command of bulkDeleteCommands(files)) wrangler(command)
    },
    async close() {
      rmSync(workDir, { recursive: true, force: true })
    },
  }
}
