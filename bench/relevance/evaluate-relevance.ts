/**
 * @module
 * The relevance evaluation (`npm run bench:search -- --relevance`): every query of
 * `relevance-queries.ts` against the articles of `relevance-articles.ts`, ranked three ways:
 * - Minbar: the real engine (`searchArticles`) over the index the publish step builds;
 * - Minbar's analyser on a plain BM25F (`reference-bm25.ts`);
 * - Lucene ArabicAnalyzer's rules on that same BM25F,
 * so the last two differ only by their text rules, and the first shows what the engine adds.
 */
import { checkArticleText, type SourceArticle } from '../../src/publish/content/check-article'
import { valueText } from '../../src/publish/records/kv-value'
import { buildSearchIndex } from '../../src/publish/search-index/build-search-index'
import { searchArticles } from '../../src/search/search-articles'
import type { SearchStore } from '../../src/search/search-store'
import { isSearchStopWord } from '../../src/text/search-stop-words'
import { searchWord, searchWords } from '../../src/text/search-terms'
import { luceneNormalize, luceneStem } from './lucene-arabic'
import { referenceRanker, type Analyser } from './reference-bm25'
import { RELEVANCE_ARTICLES, type RelevanceArticle } from './relevance-articles'
import { scoreRanking, summarize, type QueryScore, type Summary } from './relevance-metrics'
import { RELEVANCE_QUERIES, type RelevanceQuery } from './relevance-queries'

/** Minbar's text pipeline, as the index and the query use it. */
const minbarAnalyser: Analyser = {
  name: "Minbar's analyser, plain BM25F",
  words: (text) =>
    searchWords(text).map((word) => {
      if (isSearchStopWord(word)) return null
      const { stem, rest } = searchWord(word)
      return { word, stem, rest }
    }),
}

/** Lucene's normaliser and stemmer on Minbar's words (split, lower-cased, digits folded). */
const luceneAnalyser: Analyser = {
  name: 'Lucene ArabicAnalyzer rules, plain BM25F',
  words: (text) =>
    searchWords(text).map((word) => {
      if (isSearchStopWord(word)) return null
      const normal = luceneNormalize(word)
      return { word: normal, stem: luceneStem(normal) }
    }),
}

const DAY = 86_400_000

/** An evaluation article as the publish step reads it: one a day from 2025-01-01, in order. */
function sourceArticle(article: RelevanceArticle, index: number): SourceArticle {
  const published = new Date(Date.parse('2025-01-01T09:00:00Z') + index * DAY).toISOString()
  const tags = (article.tags ?? []).map((tag) => `\n  - ${JSON.stringify(tag)}`).join('')
  const text = [
    '---',
    `title: ${JSON.stringify(article.title)}`,
    `slug: ${article.slug}`,
    `summary: ${JSON.stringify(article.summary)}`,
    `published: ${JSON.stringify(published)}`,
    'source:\n  name: منبر',
    `tags:${tags || ' []'}`,
    '---',
    '',
    article.body,
    '',
  ].join('\n')
  const checked = checkArticleText(`${article.slug}.md`, text)
  if (Array.isArray(checked)) throw new Error(`${article.slug}: ${JSON.stringify(checked)}`)
  return checked
}

/** Minbar's engine over the built index, in memory, ranking the top 10. */
function engineRanker(articles: RelevanceArticle[]) {
  const values = buildSearchIndex(articles.map(sourceArticle), Date.parse('2026-01-01T00:00:00Z'))
  const store: SearchStore = {
    bytes: async (key) => values.get(key) ?? null,
    texts: async (keys) =>
      new Map(keys.map((key) => [key, values.has(key) ? valueText(values.get(key)!) : null])),
  }
  return async (q: string) =>
    (await searchArticles(store, { q, limit: 10 })).results.map((hit) => hit.slug)
}

export type QueryResult = QueryScore & { query: RelevanceQuery; ranked: string[]; trap: boolean }

export type SystemResult = {
  name: string
  queries: QueryResult[]
  overall: Summary
  byCategory: Map<string, Summary>
}

async function evaluate(
  name: string,
  rank: (q: string) => string[] | Promise<string[]>
): Promise<SystemResult> {
  const queries: QueryResult[] = []
  for (const query of RELEVANCE_QUERIES) {
    const ranked = await rank(query.q)
    const trap = query.trap ?? false
    queries.push({ ...scoreRanking(ranked, query.relevant), query, ranked, trap })
  }
  const categories = [...new Set(RELEVANCE_QUERIES.map((query) => query.category))]
  const byCategory = new Map(
    categories.map((category) => [
      category,
      summarize(queries.filter((result) => result.query.category === category)),
    ])
  )
  return { name, queries, overall: summarize(queries), byCategory }
}

/** Every query ranked by the three systems, with their measures. */
export async function evaluateRelevance(): Promise<SystemResult[]> {
  return [
    await evaluate('Minbar /api/search', engineRanker(RELEVANCE_ARTICLES)),
    await evaluate(minbarAnalyser.name, referenceRanker(RELEVANCE_ARTICLES, minbarAnalyser)),
    await evaluate(luceneAnalyser.name, referenceRanker(RELEVANCE_ARTICLES, luceneAnalyser)),
  ]
}
