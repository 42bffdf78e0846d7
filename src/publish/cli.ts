/**
 * @module
 * `npm run publish -- --local|--remote [--content DIR] [--persist-to DIR]`
 *
 * Prints every error and warning (file:line: field: message), and exits non-zero when any
 * file is invalid, in which case nothing was written.
 */
import { parseArgs } from 'node:util'
import type { KvTarget } from './kv-target'
import { openLocalKv } from './local-kv'
import { formatProblem } from './problems'
import { publish } from './publish'
import { openRemoteKv } from './remote-kv'

const USAGE = 'usage: npm run publish -- --local|--remote [--content DIR] [--persist-to DIR]'

function parseCommandLine() {
  const { values } = parseArgs({
    options: {
      local: { type: 'boolean', default: false },
      remote: { type: 'boolean', default: false },
      content: { type: 'string', default: 'content' },
      'persist-to': { type: 'string' },
    },
  })
  if (values.local === values.remote) throw new Error(`choose exactly one of --local and --remote\n${USAGE}`)
  return values
}

async function main(): Promise<number> {
  const options = parseCommandLine()
  const openTarget = (): Promise<KvTarget> =>
    options.local ? openLocalKv({ persistTo: options['persist-to'] }) : Promise.resolve(openRemoteKv())
  const result = await publish(options.content, openTarget)
  for (const problem of result.problems) console.error(formatProblem(problem))
  if (!result.ok) {
    const errors = result.problems.filter((problem) => problem.severity === 'error').length
    console.error(`publish refused: ${errors} error(s); nothing was written`)
    return 1
  }
  const where = options.local ? 'local KV' : 'remote KV'
  console.log(`published ${result.articles} article(s) to ${where}: ${result.written} written, ${result.deleted} deleted`)
  return 0
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(2)
  }
)
