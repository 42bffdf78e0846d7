/**
 * An editor's project aimed at the Cloudflare stand-in: a git repository with `wrangler.toml`
 * (naming a namespace of its own) and `content/articles/`, where `npm run publish -- --remote`
 * runs as an editor runs it, as a separate process that asks the real wrangler for credentials.
 */
import { spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { CloudflareStandIn } from '../stand-in/cloudflare-api'
import { tempDir } from './content-set'

const repoRoot = resolve(import.meta.dirname, '..', '..')
const tsx = join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs')
const publishCli = join(repoRoot, 'src', 'publish', 'cli.ts')

export type Run = { code: number | null; stdout: string; stderr: string }

/** Runs `command args` in `cwd` without blocking the event loop (the stand-in answers in this process). */
export function run(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv
): Promise<Run> {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('close', (code) => {
      done({ code, stdout, stderr })
    })
  })
}

export type RemoteProject = {
  dir: string
  namespaceId: string
  /** Writes (or, with `null`, removes) article files and commits them. */
  commit(files: Record<string, string | null>, message?: string): void
  /** `npm run publish -- --remote …` in the project. */
  publish(args?: string[], env?: Record<string, string | undefined>): Promise<Run>
  /** What the stand-in's namespace holds, as text. */
  stored(): Map<string, string>
}

const git = (dir: string, args: string[]) => {
  const result = spawnSync(
    'git',
    ['-c', 'user.name=Editor', '-c', 'user.email=editor@example.com', ...args],
    { cwd: dir, encoding: 'utf8' }
  )
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`)
}

export function remoteProject(
  standIn: CloudflareStandIn,
  files: Record<string, string>
): RemoteProject {
  const dir = tempDir('editor')
  const namespaceId = randomBytes(16).toString('hex')
  const config = readFileSync(join(repoRoot, 'wrangler.toml'), 'utf8').replace(
    /^id = "[^"]*"/m,
    `id = "${namespaceId}"`
  )
  writeFileSync(join(dir, 'wrangler.toml'), config)
  mkdirSync(join(dir, 'content', 'articles'), { recursive: true })
  git(dir, ['init', '-q'])
  const project: RemoteProject = {
    dir,
    namespaceId,
    commit(changes, message = 'content') {
      for (const [name, text] of Object.entries(changes)) {
        const path = join(dir, 'content', 'articles', name)
        if (text === null) git(dir, ['rm', '-q', path])
        else writeFileSync(path, text)
      }
      git(dir, ['add', '-A'])
      git(dir, ['commit', '-q', '-m', message])
    },
    publish: (args = [], env = {}) =>
      run(process.execPath, [tsx, publishCli, '--remote', ...args], dir, standIn.env(env)),
    stored: () =>
      new Map(
        [...standIn.namespace(namespaceId)].map(([key, value]) => [
          key,
          Buffer.from(value).toString('utf8'),
        ])
      ),
  }
  project.commit(files, 'first articles')
  return project
}
