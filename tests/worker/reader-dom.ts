/**
 * A page as a reader's browser would parse it (linkedom), for tests that ask what is on it:
 * headings, links, landmarks, and the JSON-LD blocks.
 */
import { parseHTML } from 'linkedom'
import { fetchWorker } from './seed'

/** The parsed page (linkedom's document: workerd's types have no DOM). */
export type ReaderDocument = ReturnType<typeof parseHTML>['document']

export type ReaderPage = { status: number; html: string; document: ReaderDocument }

/** Fetches `path` through the Worker and parses the answer. */
export async function readerPage(path: string): Promise<ReaderPage> {
  const res = await fetchWorker(path)
  const html = await res.text()
  return { status: res.status, html, document: parseHTML(html).document }
}

/** The text of the first element matching `selector`, white space made single, or `null`. */
export function textOf(document: ReaderDocument, selector: string): string | null {
  const text = document.querySelector(selector)?.textContent
  return text == null ? null : text.replace(/\s+/g, ' ').trim()
}

/** Every JSON-LD block of the page, parsed. */
export const jsonLdBlocks = (document: ReaderDocument): Array<Record<string, any>> =>
  [...document.querySelectorAll('script[type="application/ld+json"]')].map((script) =>
    JSON.parse(script.textContent ?? '')
  )
