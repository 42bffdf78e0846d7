/**
 * Throwaway content folders and local KV folders for publish tests.
 */
import { getPlatformProxy } from 'wrangler'
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

/** Writes `files` (name → text) into `<new temp dir>/articles/` and returns the temp dir. */
export function contentSet(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'minbar-content-'))
  mkdirSync(join(dir, 'articles'))
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'articles', name), text)
  return dir
}

export const tempDir = (label: string) => mkdtempSync(join(tmpdir(), `minbar-${label}-`))

/**
 * Writes `files` (path under the content folder → text: `site.yml`, `articles/a.md`,
 * `authors/x.md`, `pages/about.md`) into a new temp dir and returns it.
 */
export function contentFolder(files: Record<string, string>): string {
  const dir = tempDir('content')
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  return dir
}

/** Every key and value in the local KV persisted at `persistTo`, as wrangler dev would see it. */
export async function readLocalKv(persistTo: string): Promise<Map<string, string>> {
  const proxy = await getPlatformProxy<{ CONTENT: KVNamespace }>({
    persist: { path: persistTo },
    remoteBindings: false,
  })
  try {
    const { keys } = await proxy.env.CONTENT.list()
    const entries = await Promise.all(
      keys.map(async ({ name }) => [name, (await proxy.env.CONTENT.get(name))!] as const)
    )
    return new Map(entries)
  } finally {
    await proxy.dispose()
  }
}

/** A valid article file; `overrides` replaces front-matter lines by key. */
export function articleFile(
  slug: string,
  overrides: Record<string, string> = {},
  body = 'نص المقال.'
): string {
  const fields: Record<string, string> = {
    title: `"عنوان ${slug}"`,
    slug,
    summary: '"ملخص المقال"',
    published: '"2025-04-01T12:00:00+03:00"',
    source: '\n  name: منبر',
    ...overrides,
  }
  const lines = Object.entries(fields)
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `${key}:${value.startsWith('\n') ? '' : ' '}${value}`)
  return `---\n${lines.join('\n')}\n---\n\n${body}\n`
}

/** Three articles: «a» links to «b»; «c» stands alone with its own tag. */
export const newsroomFiles = () => ({
  'a.md': articleFile('a', {
    title: '"قمة موسكو"',
    tags: '\n  - روسيا',
    read_also: '\n  - b',
    published: '"2025-04-03T10:00:00+02:00"',
  }),
  'b.md': articleFile('b', {
    title: '"زيارة بيونغ يانغ"',
    tags: '\n  - روسيا\n  - كوريا',
    published: '"2025-04-02T10:00:00+02:00"',
  }),
  'c.md': articleFile('c', {
    title: '"أسعار القمح"',
    tags: '\n  - اقتصاد',
    published: '"2025-04-01T10:00:00+02:00"',
  }),
})
