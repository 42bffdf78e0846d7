/**
 * @module
 * How one record names another: an article its section and its authors, the site its pages.
 * Each carries the name readers see, so a page needs no second read to print it.
 */
import * as v from 'valibot'
import { SlugSchema } from '../slug'

export const SectionRefSchema = v.object({ slug: SlugSchema, name: v.string() })
export const AuthorRefSchema = v.object({ slug: SlugSchema, name: v.string() })
export const PageRefSchema = v.object({ slug: SlugSchema, title: v.string() })

export type SectionRef = v.InferOutput<typeof SectionRefSchema>
export type AuthorRef = v.InferOutput<typeof AuthorRefSchema>
