/**
 * @module
 * A synthetic Arabic newsroom for benchmarks and scale tests, never shipped as content: it writes
 * to a folder it is given (a temporary one). Tags follow a Zipf distribution, as real archives do
 * (a few tags on many articles, most tags on a few), with 3 to 7 tags an article; some articles
 * point to an earlier one as «إقرأ أيضاً». With a newsroom shape it also writes `site.yml` with
 * sections and `authors/` with placeholder authors (numbered roles, not people), and gives every
 * article a section and zero to three bylines, drawn by Zipf as well (a few staff write most).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export const PLACES =
  'روسيا الصين كوريا-الشمالية كوريا-الجنوبية اليابان الهند إيران تركيا مصر السعودية الإمارات قطر الكويت الأردن لبنان سوريا العراق اليمن ليبيا تونس الجزائر المغرب السودان فلسطين ألمانيا فرنسا بريطانيا إيطاليا إسبانيا أمريكا كندا البرازيل'.split(
    ' '
  )
export const TOPICS =
  'الاقتصاد النفط الغاز القمح الطاقة الانتخابات البرلمان الحكومة التعليم الصحة الطب-الشرعي القضاء الرياضة كرة-القدم الثقافة السينما التقنية الذكاء-الاصطناعي الفضاء المناخ الزراعة النقل السياحة الأسواق البورصة العملات التضخم الأمن الدفاع الدبلوماسية'.split(
    ' '
  )
const VERBS = 'يبحث يناقش يوقع يعلن يستقبل يزور يدعو ينتقد يدعم يرفض'.split(' ')
const NOUNS = 'اتفاقية مذكرة تفاهم قمة مؤتمر زيارة مباحثات صفقة خطة مبادرة قرار تقرير دراسة'.split(
  ' '
)

/** A small deterministic generator, so every run makes the same corpus. */
function random(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0
    return state / 0x100000000
  }
}

/** Tag names: places and topics, then numbered sub-topics, ranked for a Zipf draw. */
function tagVocabulary(size: number): string[] {
  const base = [...PLACES, ...TOPICS].map((tag) => tag.replaceAll('-', ' '))
  const tags = [...base]
  for (let i = 0; tags.length < size; i++)
    tags.push(
      `${base[i % base.length]} ${NOUNS[i % NOUNS.length]} ${Math.floor(i / base.length) + 1}`
    )
  return tags
}

/** Draws from ranks 1..n with probability ∝ 1/rank (Zipf, s = 1). */
function zipf(n: number, next: () => number): (count: number) => number[] {
  const weights = Array.from({ length: n }, (_, i) => 1 / (i + 1))
  const cumulative: number[] = []
  weights.reduce((sum, weight, i) => (cumulative[i] = sum + weight), 0)
  const total = cumulative[n - 1]!
  const one = () => {
    const target = next() * total
    let low = 0
    let high = n - 1
    while (low < high) {
      const mid = (low + high) >> 1
      if (cumulative[mid]! < target) low = mid + 1
      else high = mid
    }
    return low
  }
  return (count) => {
    const picked = new Set<number>()
    while (picked.size < count) picked.add(one())
    return [...picked]
  }
}

/** How many sections and authors a synthetic newsroom has; none by default. */
export type NewsroomShape = { sections: number; authors: number }

/** `site.yml` with `sections` numbered sections, and `authors` placeholder author files. */
function writeNewsroom(dir: string, { sections, authors }: NewsroomShape): void {
  const sectionLines = Array.from(
    { length: sections },
    (_, i) =>
      `  - slug: s-${i}\n    name: "${TOPICS[i % TOPICS.length]!.replaceAll('-', ' ')} ${i + 1}"`
  )
  writeFileSync(join(dir, 'site.yml'), `name: منبر\nsections:\n${sectionLines.join('\n')}\n`)
  mkdirSync(join(dir, 'authors'), { recursive: true })
  for (let i = 0; i < authors; i++)
    writeFileSync(
      join(dir, 'authors', `w-${i}.md`),
      `---\nname: "الكاتب رقم ${i + 1}"\nrole: "محرر"\n---\n\nسيرة الكاتب رقم ${i + 1}.\n`
    )
}

/** An article's `section` and `authors` lines: a uniform section, and zero to three bylines. */
function newsroomFields(
  newsroom: NewsroomShape,
  next: () => number,
  drawAuthors: (count: number) => number[]
): string {
  const section = `section: s-${Math.floor(next() * newsroom.sections)}\n`
  const byline = drawAuthors(Math.floor(next() * 4)).map((rank) => `  - w-${rank}`)
  return byline.length > 0 ? `${section}authors:\n${byline.join('\n')}\n` : section
}

export function writeSyntheticCorpus(
  dir: string,
  articles: number,
  seed = 1,
  newsroom?: NewsroomShape
): void {
  const next = random(seed)
  const choose = <T>(list: T[]) => list[Math.floor(next() * list.length)]!
  const tags = tagVocabulary(Math.max(200, Math.floor(articles / 20)))
  const drawTags = zipf(tags.length, next)
  const drawAuthors = zipf(newsroom?.authors ?? 1, next)
  mkdirSync(join(dir, 'articles'), { recursive: true })
  if (newsroom) writeNewsroom(dir, newsroom)
  const start = Date.UTC(2020, 0, 1)
  for (let i = 0; i < articles; i++) {
    const place = choose(PLACES).replaceAll('-', ' ')
    const other = choose(PLACES).replaceAll('-', ' ')
    const topic = choose(TOPICS).replaceAll('-', ' ')
    const title = `${place} ${choose(VERBS)} ${choose(NOUNS)} ${topic} مع ${other} (${i + 1})`
    const summary = `${place} و${other} في ${choose(NOUNS)} جديدة حول ${topic}، بحسب مصادر رسمية.`
    const articleTags = drawTags(3 + Math.floor(next() * 5)).map((rank) => tags[rank]!)
    const readAlso = i > 10 && next() < 0.3 ? `read_also:\n  - a-${Math.floor(next() * i)}\n` : ''
    const body = Array.from(
      { length: 6 },
      (_, p) =>
        `${p === 0 ? place : choose(PLACES).replaceAll('-', ' ')} ${choose(VERBS)} ${choose(NOUNS)} بشأن ${choose(TOPICS).replaceAll('-', ' ')} في العام ${2020 + (i % 6)}، وتشير الأرقام إلى نمو بنسبة ${Math.floor(next() * 90)}% خلال الفترة الماضية، وسط ترقب الأسواق والمراقبين.`
    ).join('\n\n')
    const published = new Date(start + i * 600_000).toISOString()
    // Drawn only for a newsroom, so the plain corpus stays the one other benchmarks measured.
    const shape = newsroom ? newsroomFields(newsroom, next, drawAuthors) : ''
    writeFileSync(
      join(dir, 'articles', `a-${i}.md`),
      `---\ntitle: ${JSON.stringify(title)}\nslug: a-${i}\nsummary: ${JSON.stringify(summary)}\npublished: "${published}"\nsource:\n  name: "${choose(['الخليج', 'صدى البلد', 'الأهرام', 'الشرق الأوسط'])}"\ntags:\n${articleTags.map((tag) => `  - ${JSON.stringify(tag)}`).join('\n')}\n${readAlso}${shape}---\n\n${body}\n`
    )
  }
}
