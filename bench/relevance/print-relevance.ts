/**
 * @module
 * Prints the relevance evaluation as the Markdown tables docs/search.md carries: each system
 * overall, then nDCG@10 and the trap rate per category, then every trap query Minbar fails.
 */
import { evaluateRelevance } from './evaluate-relevance'
import { RELEVANCE_ARTICLES } from './relevance-articles'
import { RELEVANCE_QUERIES } from './relevance-queries'

const fixed = (value: number) => value.toFixed(3)
const percent = (value: number) => `${Math.round(value * 100)} %`

export async function printRelevance() {
  const systems = await evaluateRelevance()
  const traps = RELEVANCE_QUERIES.filter((query) => query.trap).length
  console.log(
    `\nrelevance: ${RELEVANCE_ARTICLES.length} articles, ${RELEVANCE_QUERIES.length} queries (${traps} traps)\n`
  )
  console.log('| system | nDCG@10 | success@1 | recall@10 | trap rate |')
  console.log('| --- | ---: | ---: | ---: | ---: |')
  for (const { name, overall } of systems)
    console.log(
      `| ${name} | ${fixed(overall.ndcg)} | ${fixed(overall.success)} | ${fixed(overall.recall)} | ${percent(overall.trapRate)} |`
    )
  const [minbar] = systems
  console.log(`\n| category | queries | ${systems.map((system) => system.name).join(' | ')} |`)
  console.log(`| --- | ---: | ${systems.map(() => '---:').join(' | ')} |`)
  for (const [category, summary] of minbar!.byCategory) {
    const cells = systems.map((system) => {
      const s = system.byCategory.get(category)!
      return s.traps > 0 ? `${fixed(s.ndcg)} (traps ${percent(s.trapRate)})` : fixed(s.ndcg)
    })
    console.log(`| ${category} | ${summary.queries} | ${cells.join(' | ')} |`)
  }
  for (const system of systems) {
    const misses = system.queries.filter(
      (result) => result.ndcg < 1 || (result.trap && result.falseHit)
    )
    console.log(`\n${system.name}: queries short of a perfect ranking`)
    for (const result of misses)
      console.log(
        `  ${result.query.q}  nDCG ${fixed(result.ndcg)}${result.trap && result.falseHit ? '  FALSE HIT' : ''}  → ${result.ranked.slice(0, 5).join(', ')}`
      )
  }
}
