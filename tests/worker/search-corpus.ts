/**
 * A small Arabic newsroom for the search tests inside workerd, published by the real pipeline
 * (on Node, in the global setup) as of 1 January 2020. Articles dated 2025 were therefore
 * scheduled when it was published, and are found now without another publish; the one dated
 * 2099 is still scheduled, and the draft is never published.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const SEARCH_CORPUS_NOW = Date.parse('2020-01-01T00:00:00Z')

type Spec = {
  title: string
  summary?: string
  body: string
  tags?: string[]
  published?: string
  draft?: boolean
}

export const SEARCH_CORPUS: Record<string, Spec> = {
  ahmad: {
    title: 'أحمد زويل يفوز بجائزة نوبل في الكيمياء',
    body: 'فاز العالم المصري بالجائزة تقديرًا لأبحاثه في كيمياء الفيمتو.',
  },
  cairo: {
    title: 'أمطار غزيرة على القاهرة',
    body: 'شهدت العاصمة أمطارًا غزيرة في يناير ٢٠٢٥ وتوقفت حركة المرور ساعات.',
  },
  korea: {
    title: 'كوريا الشمالية تختبر صاروخًا جديدًا',
    body: 'أعلنت بيونغ يانغ نجاح التجربة وسط قلق إقليمي.',
    tags: ['كوريا الشمالية'],
  },
  china: { title: 'اقتصاد آسيا ينمو', body: 'ارتفعت صادرات الهند وبالصين تراجع الطلب على الفحم.' },
  forensic: {
    title: 'مذكرة تفاهم جديدة',
    body: 'وقعت الوزارة اتفاقًا للتعاون في مجال الطب الشرعي والأدلة الجنائية.',
  },
  'forensic-apart': {
    title: 'افتتاح مستشفى',
    body: 'درس الطب في الجامعة ثم عمل في المحكمة الشرعي منذ سنوات.',
  },
  nato: { title: 'NATO يعقد قمته السنوية', body: 'اجتمع قادة الحلف في بروكسل.' },
  farming: { title: 'الزراعة في مصر', body: 'تقرير عن المحاصيل هذا العام.' },
  mixed: {
    title: 'أخبار متنوعة',
    body: 'من بين الأخبار خبر عن الزراعة وآخر عن السياحة وثالث عن الزراعة الحديثة.',
  },
  escapes: {
    title: 'مقارنة الأسعار',
    body: 'قال الخبير إن سعر الذهب a < b وإن "الأسواق" هادئة & مستقرة.',
  },
  'scheduled-past': {
    title: 'افتتاح متحف الحضارات',
    body: 'يفتتح المتحف أبوابه للزوار.',
    published: '2025-06-01T09:00:00+03:00',
  },
  'scheduled-future': {
    title: 'افتتاح مدينة مستقبلية',
    body: 'مدينة مستقبلية على البحر.',
    published: '2099-01-01T09:00:00+03:00',
  },
  'draft-secret': { title: 'مسودة سرية عن القمر', body: 'نص مسودة لم ينشر عن القمر.', draft: true },
}

/** Writes the corpus as article files into a new temporary content folder, and returns it. */
export function writeSearchCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'minbar-search-corpus-'))
  mkdirSync(join(dir, 'articles'))
  let day = 1
  for (const [slug, spec] of Object.entries(SEARCH_CORPUS)) {
    const published = spec.published ?? `2025-03-${String(day++).padStart(2, '0')}T10:00:00+02:00`
    const front = [
      `title: ${JSON.stringify(spec.title)}`,
      `slug: ${slug}`,
      `summary: ${JSON.stringify(spec.summary ?? `ملخص: ${spec.title}`)}`,
      `published: "${published}"`,
      'source:\n  name: منبر',
      spec.tags ? `tags:\n${spec.tags.map((tag) => `  - ${JSON.stringify(tag)}`).join('\n')}` : '',
      spec.draft ? 'draft: true' : '',
    ].filter(Boolean)
    writeFileSync(
      join(dir, 'articles', `${slug}.md`),
      `---\n${front.join('\n')}\n---\n\n${spec.body}\n`
    )
  }
  return dir
}
