/**
 * @module
 * The build pipeline, shared by a publish and by the tests and benchmarks that need only the
 * records: load and check every file (the articles, `site.yml`, the authors and the pages), check
 * the links between them, make the images, and build every record. Every problem is reported at
 * once, and nothing is built while a file has errors.
 */
import type { ArticleImage } from '../schema/stored/article-image'
import type { SourceArticle } from './content/check-article'
import { checkNewsroom } from './content/check-newsroom'
import { checkReferences } from './content/check-references'
import { loadContent } from './content/load-content'
import {
  loadAuthors,
  loadPages,
  type SourceAuthor,
  type SourcePage,
} from './content/newsroom-files'
import { errorsIn, type Problem } from './content/problems'
import { loadSiteFile, type LoadedSite } from './content/site-file'
import {
  articleImages,
  DEFAULT_MEDIA_CACHE,
  prepareImages,
  type ImageOwner,
  type PreparedImages,
} from './images/article-images'
import { buildRecords, type BuiltRecords, type KvRecords } from './records/build-records'
import type { Newsroom } from './records/newsroom-records'

export type CheckedBuild =
  | { ok: false; problems: Problem[] }
  | {
      ok: true
      problems: Problem[]
      articles: SourceArticle[]
      built: BuiltRecords
      media: PreparedImages
    }

/** An author or a page as a document that shows images: an author's photo, and either's body. */
function documentImages(document: SourceAuthor | SourcePage): ImageOwner {
  const { frontMatter } = document
  const image = 'image' in frontMatter ? frontMatter.image : undefined
  const name = 'name' in frontMatter ? frontMatter.name : ''
  return {
    file: document.file,
    draft: false,
    ...(image
      ? {
          image: {
            src: image,
            line: document.lineOf(['image']),
            field: 'image',
            alt: name,
          },
        }
      : {}),
    body: document.body,
    setImage: (stored) => {
      document.image = stored
    },
    setBody: (body) => {
      document.body = body
    },
  }
}

/** The site's logo as an image to make, its alt text the site's name. */
function logoImages(loaded: LoadedSite, keep: (image: ArticleImage) => void): ImageOwner[] {
  const { logo, name } = loaded.site
  if (!logo) return []
  return [
    {
      file: loaded.file,
      draft: false,
      image: { src: logo, line: loaded.lineOf(['logo']), field: 'logo', alt: name },
      setImage: keep,
      setBody: () => undefined,
    },
  ]
}

/**
 * Every record of `contentDir` as of `now`, with every problem found, or the errors that stop it.
 * Image variants are made into (or found in) the folder `mediaCache`.
 */
export async function checkAndBuild(
  contentDir: string,
  now: number,
  mediaCache = DEFAULT_MEDIA_CACHE
): Promise<CheckedBuild> {
  const { articles, problems } = await loadContent(contentDir)
  const site = loadSiteFile(contentDir)
  const authors = loadAuthors(contentDir)
  const pages = loadPages(contentDir)
  problems.push(...site.problems, ...authors.problems, ...pages.problems)
  problems.push(...checkReferences(articles))
  problems.push(...checkNewsroom(site, articles, authors.documents, pages.documents))
  // Images are checked whatever else is wrong, so every problem is reported at once; they are
  // encoded only when nothing is.
  const encode = errorsIn(problems).length === 0
  let logo: ArticleImage | null = null
  const owners: ImageOwner[] = [
    ...articles.map(articleImages),
    ...authors.documents.map(documentImages),
    ...pages.documents.map(documentImages),
    ...logoImages(site, (image) => {
      logo = image
    }),
  ]
  const media = await prepareImages(contentDir, owners, mediaCache, encode)
  problems.push(...media.problems)
  if (errorsIn(problems).length > 0) return { ok: false, problems }
  const newsroom: Newsroom = {
    site: site.site,
    logo,
    authors: authors.documents,
    pages: pages.documents,
  }
  const built = await buildRecords(articles, now, { newsroom })
  problems.push(...built.problems)
  if (errorsIn(problems).length > 0) return { ok: false, problems }
  return { ok: true, problems, articles, built, media }
}

/** Every content record of a content folder as of `now`; throws, listing the errors, when it does not publish. */
export async function buildContentRecords(
  contentDir: string,
  now = Date.now()
): Promise<KvRecords> {
  const checked = await checkAndBuild(contentDir, now)
  if (!checked.ok)
    throw new Error(
      `${contentDir}/ does not publish:\n${JSON.stringify(errorsIn(checked.problems), null, 2)}`
    )
  return checked.built.records
}
