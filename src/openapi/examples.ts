/**
 * @module
 * Example bodies for the OpenAPI document, from the seed content as the API serves it (the
 * article body cut to its first paragraph, lists to their first entries), at a placeholder
 * origin. Each one is typed by its response schema here, and validated against the published
 * schema by the drift test.
 */
import type {
  ArticleListResponse,
  ArticleResponse,
  ArticleSummaryJson,
} from '../schema/api/article'
import type { AuthorArticlesResponse, AuthorListResponse } from '../schema/api/author'
import type { ApiErrorBody } from '../schema/api/error'
import type { JsonFeed } from '../schema/api/json-feed'
import type { OEmbedResponse } from '../schema/api/oembed'
import type { PageResponse } from '../schema/api/page'
import type { SearchResponseJson } from '../schema/api/search'
import type { SectionArticlesResponse, SectionListResponse } from '../schema/api/section'
import type { SettingsResponse } from '../schema/api/settings'
import type { TagArticlesResponse, TagListResponse } from '../schema/api/tag'

const ORIGIN = 'https://minbar.example'
const NK = 'north-korea-russia-relations'
const MOJ = 'moj-uae-university-forensic-medicine'
const NK_TITLE = 'علاقات كوريا الشمالية مع روسيا'
const NK_SUMMARY =
  'تعتبر علاقات كوريا الشمالية مع روسيا من أقدم وأعمق العلاقات الدولية في العالم، فهي ترجع إلى نهاية الحرب العالمية الثانية وبداية الحرب الباردة.'
const NK_PUBLISHED = '2025-04-03T10:00:00+02:00'
const NORTH_KOREA = { name: 'كوريا الشمالية', slug: 'كوريا-الشماليه' }

const url = (path: string) => ORIGIN + path
const tagUrl = (slug: string) => url(`/tags/${encodeURIComponent(slug)}`)

/** An article without an image, as the seed's are. */
const NO_IMAGE = {
  feature_image: null,
  feature_image_alt: null,
  feature_image_caption: null,
  feature_image_credit: null,
}

const nkBase = {
  slug: NK,
  url: url(`/articles/${NK}`),
  title: NK_TITLE,
  summary: NK_SUMMARY,
  published_at: NK_PUBLISHED,
  updated_at: null,
  source_name: 'صدى البلد',
}

/** The seed's sections, as `content/site.yml` names them; the seed articles have no byline. */
const WORLD = { slug: 'world', name: 'عربي ودولي', url: url('/sections/world') }
const UNIVERSITIES = { slug: 'universities', name: 'جامعات', url: url('/sections/universities') }

const nkSummary: ArticleSummaryJson = { ...nkBase, ...NO_IMAGE, section: WORLD, authors: [] }

const mojSummary: ArticleSummaryJson = {
  slug: MOJ,
  url: url(`/articles/${MOJ}`),
  title: '«العدل» وجامعة الإمارات تتعاونان في الطب الشرعي',
  summary:
    'وقعت وزارة العدل مذكرة تفاهم مع جامعة الإمارات، بهدف بناء شراكة هادفة، ومثمرة، بما يضمن التعاون بين الطرفين في مجالات الطب الشرعي والأدلة الجنائية',
  published_at: '2025-04-02T09:30:00+04:00',
  updated_at: null,
  source_name: 'الخليج',
  ...NO_IMAGE,
  section: UNIVERSITIES,
  authors: [],
}

const firstParagraph = `<p>${NK_SUMMARY}</p>`

export const articleExample: ArticleResponse = {
  article: {
    slug: NK,
    url: nkSummary.url,
    title: NK_TITLE,
    summary: NK_SUMMARY,
    published_at: NK_PUBLISHED,
    updated_at: null,
    ...NO_IMAGE,
    section: WORLD,
    authors: [],
    html: firstParagraph,
    reading_time_minutes: 4,
    tags: [{ ...NORTH_KOREA, url: tagUrl(NORTH_KOREA.slug) }],
    source: { name: 'صدى البلد', url: null },
    read_also: [mojSummary],
    related: [
      {
        title: 'بشكل مؤقت.. واشنطن تنقل “باتريوت” من كوريا الجنوبية إلى الشرق الأوسط',
        picked: true,
      },
    ],
  },
}

const pagination = { page: 1, limit: 15, pages: 1, total: 2, next: null, prev: null }

export const articleListExample: ArticleListResponse = {
  articles: [nkSummary, mojSummary],
  meta: { pagination },
}

export const tagListExample: TagListResponse = {
  tags: [{ ...NORTH_KOREA, url: tagUrl(NORTH_KOREA.slug), count: 1 }],
  meta: { total: 1 },
}

export const tagArticlesExample: TagArticlesResponse = {
  tag: { ...NORTH_KOREA, url: tagUrl(NORTH_KOREA.slug), count: 1 },
  articles: [nkSummary],
  meta: { pagination: { ...pagination, total: 1 } },
}

export const sectionListExample: SectionListResponse = {
  sections: [
    { ...WORLD, count: 1 },
    { ...UNIVERSITIES, count: 1 },
  ],
  meta: { total: 2 },
}

export const sectionArticlesExample: SectionArticlesResponse = {
  section: { ...WORLD, count: 1 },
  articles: [nkSummary],
  meta: { pagination: { ...pagination, total: 1 } },
}

/**
 * The seed has no bylines: the author examples are a placeholder writer, as the test newsroom
 * has (the project invents no people).
 */
const WRITER = {
  slug: 'writer-a',
  name: 'الكاتب الأول',
  role: 'محرر الشؤون السياسية',
  url: url('/authors/writer-a'),
  count: 1,
}

export const authorListExample: AuthorListResponse = { authors: [WRITER], meta: { total: 1 } }

export const authorArticlesExample: AuthorArticlesResponse = {
  author: {
    ...WRITER,
    image: null,
    bio_html: '<p>سيرة تجريبية للكاتب الأول.</p>',
    same_as: ['https://example.org/writer-a'],
  },
  articles: [
    { ...nkSummary, authors: [{ slug: WRITER.slug, name: WRITER.name, url: WRITER.url }] },
  ],
  meta: { pagination: { ...pagination, total: 1 } },
}

export const pageExample: PageResponse = {
  page: {
    slug: 'corrections-policy',
    title: 'سياسة التصحيح',
    html: '<p>إذا وجدنا خطأ في مقال منشور صححناه، وأثبتنا التصحيح في المقال نفسه مع تاريخه ووقته، ولا نحذف تصحيحًا بعد نشره.</p>',
    url: url('/corrections-policy'),
  },
}

export const settingsExample: SettingsResponse = {
  settings: {
    name: 'منبر',
    description: 'آخر الأخبار العربية',
    lang: 'ar',
    dir: 'rtl',
    timezone: 'Africa/Cairo',
    logo: null,
    url: url('/'),
    navigation: [
      { kind: 'section', slug: WORLD.slug, label: WORLD.name, url: WORLD.url },
      { kind: 'section', slug: UNIVERSITIES.slug, label: UNIVERSITIES.name, url: UNIVERSITIES.url },
      {
        kind: 'page',
        slug: 'corrections-policy',
        label: 'سياسة التصحيح',
        url: url('/corrections-policy'),
      },
    ],
  },
}

export const oEmbedExample: OEmbedResponse = {
  type: 'rich',
  version: '1.0',
  title: NK_TITLE,
  author_name: 'صدى البلد',
  provider_name: 'منبر',
  provider_url: url('/'),
  cache_age: 86_400,
  html:
    `<iframe src="${url(`/embed/${NK}`)}" width="550" height="260" title="${NK_TITLE}" sandbox="allow-popups allow-popups-to-escape-sandbox" loading="lazy" referrerpolicy="strict-origin-when-cross-origin" style="border:0;max-width:100%">` +
    `<blockquote cite="${nkSummary.url}" lang="ar" dir="rtl"><p><a href="${nkSummary.url}">${NK_TITLE}</a></p><p>صدى البلد · 3 أبريل 2025</p></blockquote></iframe>`,
  width: 550,
  height: 260,
}

export const jsonFeedExample: JsonFeed = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'منبر',
  description: 'منبر: آخر الأخبار العربية',
  home_page_url: url('/'),
  feed_url: url('/feed.json'),
  language: 'ar',
  items: [
    {
      id: nkSummary.url,
      url: nkSummary.url,
      title: NK_TITLE,
      summary: NK_SUMMARY,
      content_html: firstParagraph,
      date_published: '2025-04-03T10:00:00+02:00',
      date_modified: '2025-04-03T10:00:00+02:00',
      // The seed has no bylines: the publisher stands in.
      authors: [{ name: 'منبر', url: url('/') }],
      tags: [NORTH_KOREA.name],
      language: 'ar',
    },
  ],
}

/** The error body for a status, with the code and a message the server gives for it. */
export const errorExample = (status: number): ApiErrorBody => ({
  error: ERROR_EXAMPLES[status] ?? { code: 'invalid_request', message: 'طلب غير صالح' },
})

const ERROR_EXAMPLES: Record<number, ApiErrorBody['error']> = {
  400: { code: 'invalid_request', message: 'page: يجب أن يكون بين 1 و1000000' },
  404: { code: 'not_found', message: 'لا يوجد مقال بهذا الاسم المختصر' },
  405: {
    code: 'method_not_allowed',
    message: 'الطريقة POST غير مسموحة هنا؛ المسموح: GET, HEAD, OPTIONS',
  },
  501: { code: 'not_implemented', message: 'الصيغة المدعومة الوحيدة هي json' },
  503: { code: 'unavailable', message: 'المحتوى غير متاح مؤقتًا. حاول مرة أخرى بعد قليل.' },
}

export const searchExample: SearchResponseJson = {
  query: { q: 'كوريا الشمالية', terms: ['كوريا', 'الشماليه'] },
  results: [
    {
      ...nkBase,
      section: WORLD,
      authors: [],
      snippet:
        'تعتبر علاقات <mark>كوريا</mark> <mark>الشمالية</mark> مع روسيا من أقدم وأعمق العلاقات الدولية في العالم…',
      score: 9.214,
    },
  ],
  meta: { pagination: { page: 1, limit: 20, pages: 1, total: 1, next: null, prev: null } },
}
