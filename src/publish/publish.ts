/**
 * @module
 * One publish: load and check every file, build every record, plan against the manifest the
 * last publish left, and (unless it is a dry run) carry the plan out. An invalid content set
 * never opens the KV target at all.
 */
import { KEY_PREFIX } from '../store/keys'
import { checkAndBuild } from './build-content'
import type { Problem } from './content/problems'
import type { PreparedImages } from './images/article-images'
import { applyPlan } from './plan/apply-plan'
import type { KvTarget } from './plan/kv-target'
import { readManifest } from './plan/manifest'
import { planPublish, type PublishPlan } from './plan/plan'
import { journalBase, openJournal, readJournal } from './plan/publish-journal'

export type PublishOptions = {
  /** Plan only: read KV, write nothing. */
  dryRun?: boolean
  /** The publish time; scheduled articles are those published after it. */
  now?: Date
  /** The git commit `content/` comes from, recorded in the manifest for rollbacks. */
  sourceCommit?: string | null
  /** The cache of encoded image variants; `.cache/media` by default. */
  mediaCache?: string
}

export type PublishResult =
  | { ok: false; problems: Problem[] }
  | {
      ok: true
      problems: Problem[]
      articles: number
      plan: PublishPlan
      applied: boolean
      transfer?: string
      /** Images encoded by this run (none when every variant was in the cache). */
      encoded: PreparedImages['encoded']
    }

export async function publish(
  contentDir: string,
  openTarget: () => Promise<KvTarget>,
  options: PublishOptions = {}
): Promise<PublishResult> {
  const now = options.now ?? new Date()
  const checked = await checkAndBuild(contentDir, now.getTime(), options.mediaCache)
  if (!checked.ok) return checked
  const { articles, problems, built, media } = checked

  const target = await openTarget()
  try {
    const previous = await readManifest(target)
    const base = journalBase(previous)
    const plan = planPublish({
      records: built.records,
      links: built.links,
      previous,
      landed: readJournal(target.journalPath, base),
      media: media.objects,
      // Without a manifest nothing says what is there: sweep whatever this version's prefix holds.
      existingKeys: previous === null ? await target.listKeys(KEY_PREFIX) : [],
      upcoming: built.upcoming,
      sourceCommit: options.sourceCommit ?? null,
      now,
    })
    if (!options.dryRun) await applyPlan(target, plan, openJournal(target.journalPath, base))
    const published = articles.filter((article) => !article.frontMatter.draft).length
    return {
      ok: true,
      problems,
      articles: published,
      plan,
      applied: !options.dryRun,
      transfer: target.report?.(),
      encoded: media.encoded,
    }
  } finally {
    await target.close()
  }
}
