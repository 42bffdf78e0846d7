/**
 * @module
 * The OpenAPI 3.1 description of every public endpoint: the JSON API, oEmbed, the embed card,
 * feeds, sitemaps and the reader pages. Response bodies reference the schemas generated from
 * Valibot (`json-schemas.ts`).
 */
import { DEFAULT_PAGE_LIMIT, MAX_PAGE_LIMIT } from '../schema/api/pagination'
import { MAX_TAG_LENGTH } from '../schema/api/tag-param'
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from '../schema/slug'
import { SITE_NAME } from '../site'
import { jsonSchemaOf, RESPONSE_SCHEMAS, type ResponseSchemaName } from './json-schemas'

type Operation = Record<string, unknown>

const ref = (name: ResponseSchemaName) => ({ $ref: `#/components/schemas/${name}` })
const json = (name: ResponseSchemaName, description: string) => ({
  description,
  content: { 'application/json': { schema: ref(name) } },
})
const error = (description: string) => json('Error', description)
const document = (mediaType: string, description: string) => ({
  description,
  content: { [mediaType]: { schema: { type: 'string' } } },
})

const slugParam = {
  name: 'slug',
  in: 'path',
  required: true,
  schema: { type: 'string', maxLength: MAX_SLUG_LENGTH, pattern: SLUG_PATTERN.source },
}
const tagParam = {
  name: 'tag',
  in: 'path',
  required: true,
  description:
    'Any spelling of the tag: Arabic or Persian letters, with or without diacritics, spaces or hyphens.',
  schema: { type: 'string', maxLength: MAX_TAG_LENGTH },
}
const pageParam = { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1, default: 1 } }
const limitParam = {
  name: 'limit',
  in: 'query',
  schema: { type: 'integer', minimum: 1, maximum: MAX_PAGE_LIMIT, default: DEFAULT_PAGE_LIMIT },
}

const get = (
  summary: string,
  responses: Record<string, unknown>,
  parameters: unknown[] = []
): { get: Operation } => ({
  get: { summary, ...(parameters.length > 0 ? { parameters } : {}), responses },
})

export function openApiDocument(origin: string) {
  const html = (description: string) => document('text/html', description)
  const xml = (description: string) => document('application/xml', description)
  return {
    openapi: '3.1.0',
    info: {
      title: `${SITE_NAME} API`,
      version: '1.0.0',
      description:
        'Arabic news articles as JSON, oEmbed, feeds and right-to-left HTML. Every error has the body `{ "error": { "code", "message" } }`.',
    },
    servers: [{ url: origin }],
    paths: {
      '/api/articles': get(
        'Published articles, newest first',
        {
          200: json('ArticleListResponse', 'A page of article summaries'),
          400: error('Invalid page or limit'),
          503: error('Storage unavailable'),
        },
        [pageParam, limitParam]
      ),
      '/api/articles/{slug}': get(
        'One article',
        {
          200: json('ArticleResponse', 'The article'),
          400: error('Malformed slug'),
          404: error('No such article'),
          503: error('Storage unavailable'),
        },
        [slugParam]
      ),
      '/api/tags': get('Every tag with its article count', {
        200: json('TagListResponse', 'All tags'),
        503: error('Storage unavailable'),
      }),
      '/api/tags/{tag}': get(
        "A tag's articles, newest first",
        {
          200: json('TagArticlesResponse', 'The tag and a page of its articles'),
          400: error('Malformed tag, page or limit'),
          404: error('No such tag'),
          503: error('Storage unavailable'),
        },
        [tagParam, pageParam, limitParam]
      ),
      '/api/schema/article.json': get('JSON Schema of the article response', {
        200: {
          description: 'JSON Schema, draft 2020-12',
          content: { 'application/schema+json': { schema: { type: 'object' } } },
        },
      }),
      '/api/openapi.json': get('This document', {
        200: {
          description: 'OpenAPI 3.1',
          content: { 'application/json': { schema: { type: 'object' } } },
        },
      }),
      '/oembed': get(
        'oEmbed 1.0 provider for article URLs',
        {
          200: json('OEmbedResponse', 'A rich embed'),
          400: error('Missing or malformed url, maxwidth or maxheight'),
          404: error('Not an article of this site'),
          501: error('Format other than json'),
        },
        [
          { name: 'url', in: 'query', required: true, schema: { type: 'string', format: 'uri' } },
          {
            name: 'format',
            in: 'query',
            schema: { type: 'string', enum: ['json'], default: 'json' },
          },
          { name: 'maxwidth', in: 'query', schema: { type: 'integer', minimum: 1 } },
          { name: 'maxheight', in: 'query', schema: { type: 'integer', minimum: 1 } },
        ]
      ),
      '/embed/{slug}': get(
        'The embeddable RTL card of an article (the only frameable page)',
        { 200: html('Card'), 404: html('No such article') },
        [slugParam]
      ),
      '/feed.xml': get('RSS 2.0 feed, language ar, full content', {
        200: document('application/rss+xml', 'RSS'),
      }),
      '/atom.xml': get('Atom feed, xml:lang ar', { 200: document('application/atom+xml', 'Atom') }),
      '/feed.json': get('JSON Feed 1.1, language ar', {
        200: document('application/feed+json', 'JSON Feed'),
      }),
      '/tags/{tag}/feed.xml': get(
        'RSS 2.0 feed of one tag',
        {
          200: document('application/rss+xml', 'RSS'),
          301: { description: 'Redirect to the canonical tag' },
          404: html('No such tag'),
        },
        [tagParam]
      ),
      '/sitemap.xml': get('Sitemap index', { 200: xml('Sitemap index') }),
      '/sitemaps/pages.xml': get('Sitemap of the home, tags index and tag pages', {
        200: xml('Sitemap'),
      }),
      '/sitemaps/articles/{file}': get(
        'Sitemap of one shard of articles',
        { 200: xml('Sitemap'), 404: html('No such shard') },
        [
          {
            name: 'file',
            in: 'path',
            required: true,
            schema: { type: 'string', pattern: '^[1-9][0-9]{0,6}\\.xml$' },
          },
        ]
      ),
      '/news-sitemap.xml': get('Google News sitemap: the last two days', {
        200: xml('News sitemap'),
      }),
      '/robots.txt': get('Robots rules and sitemap locations', {
        200: document('text/plain', 'robots.txt'),
      }),
      '/': get('Home page: latest articles', { 200: html('Page'), 400: html('Invalid page') }, [
        pageParam,
      ]),
      '/articles/{slug}': get(
        'Article page',
        { 200: html('Page'), 400: html('Malformed slug'), 404: html('No such article') },
        [slugParam]
      ),
      '/tags': get('All tags', { 200: html('Page') }),
      '/tags/{tag}': get(
        'Tag page',
        {
          200: html('Page'),
          301: { description: 'Redirect to the canonical spelling' },
          400: html('Malformed tag or page'),
          404: html('No such tag'),
        },
        [tagParam, pageParam]
      ),
    },
    components: {
      schemas: Object.fromEntries(
        Object.keys(RESPONSE_SCHEMAS).map((name) => [
          name,
          jsonSchemaOf(name as ResponseSchemaName),
        ])
      ),
    },
  }
}
