/**
 * A newsroom with the shape the seed lacks, for tests of sections, bylines, author pages and
 * static pages: twelve sections (the nav must fit a phone), three authors with placeholder
 * names (the project invents no people), 23 articles in «سياسة» so its list has a second page,
 * bylines of one, two and three names, and the policy pages. Published by the real pipeline in
 * the global setup (newsroom-folder.ts writes it; this file has no Node imports, so workerd
 * tests can import its constants).
 */
/** The moment the corpus is published as of: every article is out by then. */
export const NEWSROOM_NOW = Date.parse('2025-06-01T00:00:00Z')

export const NEWSROOM_NAME = 'صحيفة الاختبار'

/** Twelve sections, in navigation order. */
export const NEWSROOM_SECTIONS = [
  ['politics', 'سياسة'],
  ['economy', 'اقتصاد'],
  ['sports', 'رياضة'],
  ['culture', 'ثقافة'],
  ['health', 'صحة'],
  ['science', 'علوم'],
  ['technology', 'تكنولوجيا'],
  ['opinion', 'رأي'],
  ['world', 'عربي ودولي'],
  ['local', 'محليات'],
  ['universities', 'جامعات'],
  ['real-estate', 'عقارات'],
] as const

/** Placeholder authors: roles, not people. */
export const NEWSROOM_AUTHORS = {
  'writer-a': {
    name: 'الكاتب الأول',
    role: 'محرر الشؤون السياسية',
    bio: 'سيرة تجريبية للكاتب الأول.',
  },
  'writer-b': { name: 'الكاتبة الثانية', role: 'مراسلة', bio: 'سيرة تجريبية للكاتبة الثانية.' },
  'writer-c': { name: 'الكاتب الثالث', role: '', bio: 'سيرة تجريبية للكاتب الثالث.' },
} as const

/** Articles in «سياسة»: more than one page of 20. */
export const POLITICS_COUNT = 23

/** The article with three names in its byline, in this order. */
export const THREE_BYLINE = { slug: 'politics-1', authors: ['writer-b', 'writer-a', 'writer-c'] }

const day = (n: number) =>
  new Date(Date.parse('2025-05-01T09:00:00Z') + n * 3_600_000).toISOString()

function article(slug: string, section: string, n: number, authors: readonly string[] = []) {
  const byline = authors.length ? `authors:\n${authors.map((a) => `  - ${a}`).join('\n')}\n` : ''
  return `---
title: "خبر تجريبي رقم ${n} في قسم ${section}"
slug: ${slug}
summary: "ملخص تجريبي للخبر رقم ${n}."
published: "${day(n)}"
section: ${section}
${byline}tags:
  - وسم تجريبي
source:
  name: ${NEWSROOM_NAME}
---

نص تجريبي للخبر رقم ${n}.
`
}

/** Every file of the corpus: path under the content folder → text. */
export function newsroomCorpusFiles(): Record<string, string> {
  const files: Record<string, string> = {
    'site.yml': [
      `name: ${NEWSROOM_NAME}`,
      'description: صحيفة لاختبار الأقسام والكتّاب',
      'timezone: Asia/Riyadh',
      'sections:',
      ...NEWSROOM_SECTIONS.flatMap(([slug, name]) => [`  - slug: ${slug}`, `    name: ${name}`]),
      'policies:',
      '  editorial: editorial-policy',
      '  corrections: corrections-policy',
      '',
    ].join('\n'),
    'pages/about.md': '---\ntitle: من نحن\n---\n\nصفحة تجريبية عن الصحيفة.\n',
    'pages/editorial-policy.md': '---\ntitle: سياسة التحرير\n---\n\nنص تجريبي لسياسة التحرير.\n',
    'pages/corrections-policy.md': '---\ntitle: سياسة التصحيح\n---\n\nنص تجريبي لسياسة التصحيح.\n',
  }
  for (const [slug, author] of Object.entries(NEWSROOM_AUTHORS)) {
    const role = author.role ? `role: ${author.role}\n` : ''
    files[`authors/${slug}.md`] =
      `---\nname: ${author.name}\n${role}same_as:\n  - https://example.org/${slug}\n---\n\n${author.bio}\n`
  }
  for (let n = 1; n <= POLITICS_COUNT; n++) {
    const authors =
      n === 1
        ? THREE_BYLINE.authors
        : n === 2
          ? ['writer-a', 'writer-b']
          : n % 3 === 0
            ? ['writer-a']
            : []
    files[`articles/politics-${n}.md`] = article(`politics-${n}`, 'politics', n, authors)
  }
  files['articles/economy-1.md'] = article('economy-1', 'economy', 30, ['writer-b'])
  files['articles/sports-1.md'] = article('sports-1', 'sports', 31)
  return files
}
