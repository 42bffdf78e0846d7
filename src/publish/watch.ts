/**
 * @module
 * `npm start`: publish `content/` to local KV, serve it with `wrangler dev` on
 * http://127.0.0.1:8787, and publish again whenever a file under `content/` changes, so an
 * editor sees a saved article on the next refresh. Each publish prints its plan line.
 */
import { spawn } from 'node:child_process'
import { watch } from 'node:fs'
import { formatProblem } from './content/problems'
import { openLocalKv } from './plan/local-kv'
import { planLine } from './plan/plan'
import { publish } from './publish'

const CONTENT_DIR = 'content'
/**
 * Folders watched, each on its own: Node's recursive watch on Linux loses files that editors
 * save by rename (a new inode), while a folder watch sees every write inside it.
 */
const WATCHED = [CONTENT_DIR, `${CONTENT_DIR}/articles`]
/** Editors' tools save in bursts (temp file, rename); wait for the burst to end. */
const SETTLE_MS = 300

async function publishOnce(): Promise<boolean> {
  const result = await publish(CONTENT_DIR, () => openLocalKv())
  for (const problem of result.problems) console.error(formatProblem(problem))
  if (!result.ok) {
    console.error('publish refused: nothing was written; fix the errors above and save again')
    return false
  }
  console.log(`${planLine(result.plan)} (content version ${result.plan.contentVersion})`)
  return true
}

/** Runs publishes one at a time; a change during a run schedules exactly one more. */
function serialPublisher() {
  let running = false
  let again = false
  const run = async () => {
    if (running) {
      again = true
      return
    }
    running = true
    try {
      do {
        again = false
        await publishOnce().catch((error: unknown) => {
          console.error(error)
        })
        // `again` is set by a change seen while this publish ran.
        // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
      } while (again)
    } finally {
      running = false
    }
  }
  return run
}

async function main() {
  await publishOnce()
  const server = spawn(
    'npx',
    ['--no-install', 'wrangler', 'dev', '--ip', '127.0.0.1', '--port', '8787'],
    { stdio: 'inherit' }
  )
  const republish = serialPublisher()
  let timer: NodeJS.Timeout | undefined
  const watchers = WATCHED.map((dir) =>
    watch(dir, () => {
      clearTimeout(timer)
      timer = setTimeout(() => void republish(), SETTLE_MS)
    })
  )
  console.log(`watching ${WATCHED.join(', ')} for changes`)
  const closeWatchers = () => {
    watchers.forEach((watcher) => {
      watcher.close()
    })
  }
  const stop = () => {
    closeWatchers()
    server.kill('SIGINT')
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  server.on('exit', (code) => {
    closeWatchers()
    process.exit(code ?? 0)
  })
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
