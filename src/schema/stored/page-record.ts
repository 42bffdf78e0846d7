/**
 * @module
 * `v1:page:<slug>`: a static page of the site («من نحن», «سياسة التحرير»), served at `/<slug>`.
 */
import * as v from 'valibot'
import { SlugSchema } from '../slug'
import { RECORD_SCHEMA_VERSION } from './article-record'

export const PageRecordSchema = v.object({
  schema_version: v.literal(RECORD_SCHEMA_VERSION),
  slug: SlugSchema,
  title: v.string(),
  /** Rendered from Markdown and sanitised at publish time. */
  html: v.string(),
})

export type PageRecord = v.InferOutput<typeof PageRecordSchema>
