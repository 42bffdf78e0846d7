/**
 * @module
 * Public paths of pages, in one place so links and routes cannot drift apart.
 * Arabic slugs are percent-encoded, as browsers send them.
 */

export const articlePath = (slug: string) => `/articles/${encodeURIComponent(slug)}`

export const tagPath = (slug: string) => `/tags/${encodeURIComponent(slug)}`
