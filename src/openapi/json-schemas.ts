/**
 * @module
 * JSON Schemas (draft 2020-12, the dialect of OpenAPI 3.1) generated from the same Valibot
 * schemas that type the responses, so the published contract cannot drift from the code.
 * Generated on first use, not at start-up, to keep cold starts short.
 */
import { toJsonSchema } from '@valibot/to-json-schema'
import type * as v from 'valibot'
import { ArticleListResponseSchema, ArticleResponseSchema } from '../schema/api/article'
import { AuthorArticlesResponseSchema, AuthorListResponseSchema } from '../schema/api/author'
import { ApiErrorBodySchema } from '../schema/api/error'
import { JsonFeedSchema } from '../schema/api/json-feed'
import { OEmbedResponseSchema } from '../schema/api/oembed'
import { PageResponseSchema } from '../schema/api/page'
import { SearchResponseSchema } from '../schema/api/search'
import { SectionArticlesResponseSchema, SectionListResponseSchema } from '../schema/api/section'
import { SettingsResponseSchema } from '../schema/api/settings'
import { TagArticlesResponseSchema, TagListResponseSchema } from '../schema/api/tag'

/** Every response body the API documents, by the name used in OpenAPI `components`. */
export const RESPONSE_SCHEMAS = {
  ArticleResponse: ArticleResponseSchema,
  ArticleListResponse: ArticleListResponseSchema,
  TagListResponse: TagListResponseSchema,
  TagArticlesResponse: TagArticlesResponseSchema,
  SectionListResponse: SectionListResponseSchema,
  SectionArticlesResponse: SectionArticlesResponseSchema,
  AuthorListResponse: AuthorListResponseSchema,
  AuthorArticlesResponse: AuthorArticlesResponseSchema,
  PageResponse: PageResponseSchema,
  SettingsResponse: SettingsResponseSchema,
  OEmbedResponse: OEmbedResponseSchema,
  JsonFeed: JsonFeedSchema,
  SearchResponse: SearchResponseSchema,
  Error: ApiErrorBodySchema,
} satisfies Record<string, v.GenericSchema>

export type ResponseSchemaName = keyof typeof RESPONSE_SCHEMAS

/**
 * The JSON Schema of one response body, without a `$schema` key (the caller adds one if it stands
 * alone). Made for each request: the documents that use it are kept in the edge cache.
 */
export function jsonSchemaOf(name: ResponseSchemaName): Record<string, unknown> {
  const { $schema: _dialect, ...body } = toJsonSchema(RESPONSE_SCHEMAS[name], {
    target: 'draft-2020-12',
  }) as Record<string, unknown>
  return body
}
