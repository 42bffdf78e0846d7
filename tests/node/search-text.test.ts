/**
 * The search text pipeline with tables of real Arabic: normalising, words, the stemmer, stop words
 * and the query parser. Index and query go through the same functions, so these tables are what
 * decides whether a reader's spelling meets the archive's.
 */
import { describe, expect, it } from 'vitest'
import { parseQuery } from '../../src/search/parse-query'
import { SearchQueryError } from '../../src/search/search-query-error'
import { restStem, searchStem } from '../../src/text/search-stem'
import { isSearchStopWord } from '../../src/text/search-stop-words'
import { searchWords } from '../../src/text/search-terms'

describe('searchWords: the normalised words of a text', () => {
  it.each([
    // Hamza and madda on alef, alef wasla, alef maqsura, taa marbuta.
    ['أحمد إبراهيم آسيا ٱلرحمن', ['احمد', 'ابراهيم', 'اسيا', 'الرحمن']],
    ['مستشفى الجامعة', ['مستشفي', 'الجامعه']],
    // Persian keyboard letters: ک and ی.
    ['کوریا الجنوبیة', ['كوريا', 'الجنوبيه']],
    // Tashkeel, shadda, superscript alef and tatweel.
    ['وَقَّعَتْ المَدْرَسَةُ هٰذا الاتفاق', ['وقعت', 'المدرسه', 'هذا', 'الاتفاق']],
    ['كوريــــا', ['كوريا']],
    // Arabic-Indic and Persian digits.
    ['موازنة ٢٠٢٥ و۱۴۰۳', ['موازنه', '2025', 'و1403']],
    // Latin is lower-cased; punctuation and quotes separate words.
    ['قمة NATO «الطارئة»، في Brussels!', ['قمه', 'nato', 'الطارءه', 'في', 'brussels']],
    // Hamza seats (search only: tags keep them), and the alef of a final tanween.
    ['المسؤولية المسئولية شؤون شئون', ['المسءوليه', 'المسءوليه', 'شءون', 'شءون']],
    ['رياضياً جديداً', ['رياضي', 'جديد']],
    // Bidi controls and zero-width characters are invisible, so they do not split or change a word.
    ['\u202Eروسيا\u202C وال\u200Cصين', ['روسيا', 'والصين']],
    ['', []],
    ['  ،؛!؟  ', []],
  ])('%s', (text, words) => {
    expect(searchWords(text)).toEqual(words)
  })

  it('cuts very long words, so every index key stays short', () => {
    expect(searchWords('ب'.repeat(500))).toEqual(['ب'.repeat(40)])
  })
})

describe('searchStem: the light stemmer', () => {
  it.each([
    // The article and each particle, alone and combined (و ف ب ك ل ال; وال بال كال فال لل …).
    ['الصين', 'صين'],
    ['والصين', 'صين'],
    ['فالصين', 'صين'],
    ['بالصين', 'صين'],
    ['كالصين', 'صين'],
    ['للصين', 'صين'],
    ['وللصين', 'صين'],
    ['وبالصين', 'صين'],
    ['فبالصين', 'صين'],
    // A bare particle stays: the letter may be the word's own (كوريا, لجنة, بطولة, وزير).
    ['وروسيا', 'وروسيا'],
    ['كوريا', 'كوريا'],
    ['لجنه', 'لجن'],
    ['بطوله', 'بطول'],
    ['فساد', 'فساد'],
    ['وزير', 'وزير'],
    ['وزراء', 'وزراء'],
    ['الولايات', 'ولا'],
    // Suffixes (after normalising: ية → يه), from the outside in.
    ['الصينيه', 'صين'],
    ['صيني', 'صين'],
    ['المعلمون', 'معلم'],
    ['المعلمين', 'معلم'],
    ['معلمات', 'معلم'],
    ['طالبان', 'طالب'],
    ['صادراتها', 'صادر'],
    ['صادرات', 'صادر'],
    ['مستشفيات', 'مستشف'],
    ['مستشفي', 'مستشف'],
    ['لوحاته', 'لوح'],
    ['قراراته', 'قرار'],
    // Before a pronoun ة is written ت: it goes too, except in a short word.
    ['سياستها', 'سياس'],
    ['سياستهم', 'سياس'],
    ['سياسته', 'سياس'],
    ['السياسه', 'سياس'],
    ['بيتها', 'بيت'],
    // The exception list: sport is not Riyadh, the municipality not a country.
    ['الرياض', 'رياض'],
    ['الرياضه', 'رياضه'],
    ['رياضي', 'رياضه'],
    ['الرياضيون', 'رياضه'],
    ['بلد', 'بلد'],
    ['بلده', 'بلد'],
    ['البلديه', 'بلديه'],
    ['الدوله', 'دول'],
    ['تعاون', 'تعاون'],
    // Guards: nothing is cut below three letters.
    ['بيت', 'بيت'],
    ['ولد', 'ولد'],
    ['كتب', 'كتب'],
    ['بها', 'بها'],
    ['عمه', 'عمه'],
    ['ايران', 'ايران'],
    ['فم', 'فم'],
    ['و', 'و'],
    ['ال', 'ال'],
    // Latin words and numbers are their own stems.
    ['nato', 'nato'],
    ['2025', '2025'],
    ['و2025', 'و2025'],
  ])('%s → %s', (word, stem) => {
    expect(searchStem(word)).toBe(stem)
  })

  it('gives a word the same stem whatever article form is attached to it', () => {
    for (const word of ['كتاب', 'فريق', 'لبنان', 'فلسطين', 'بريطانيا', 'ولايات', 'مصر', 'اقتصاد']) {
      const stems = ['', 'ال', 'وال', 'بال', 'فال', 'كال', 'لل', 'وبال', 'ولل'].map((prefix) =>
        searchStem(prefix + word)
      )
      expect(new Set(stems), word).toEqual(new Set([searchStem(word)]))
    }
  })

  it('never strips a word to nothing', () => {
    for (const word of ['وال', 'بال', 'لل', 'ها', 'ين', 'وها', 'بين', 'لهم', 'ي', 'ه'])
      expect(searchStem(word).length, word).toBeGreaterThanOrEqual(Math.min(word.length, 2))
  })
})

describe('restStem: the word after a bare particle', () => {
  it.each([
    ['لصيانه', 'صيان'],
    ['وبريطانيا', 'بريطانيا'],
    ['بلبنان', 'لبنان'],
    ['ووزير', 'وزير'],
    ['فالصين', null],
    // Three letters of stem left: too likely a word of its own (مال, ساد, طول, جن, زير, زار).
    ['كمال', null],
    ['فساد', null],
    ['بطوله', null],
    ['لجنه', null],
    ['وزير', null],
    ['وزاره', null],
    ['بمصر', null],
    ['nato', null],
  ])('%s → %s', (word, rest) => {
    expect(restStem(word)).toBe(rest)
  })
})

describe('isSearchStopWord', () => {
  it.each([
    ['في', true],
    ['علي', true],
    ['الذي', true],
    ['وفي', true],
    ['فهو', true],
    ['الصين', false],
    // Headline noise in the related-articles list is still a word a reader may search for.
    ['عاجل', false],
  ])('%s → %s', (word, stop) => {
    expect(isSearchStopWord(word)).toBe(stop)
  })
})

describe('parseQuery', () => {
  it.each([
    ['الصين', ['الصين'], ['word']],
    ['في الصين', ['الصين'], ['word']],
    ['والصين و روسيا', ['والصين', 'روسيا'], ['word', 'word']],
    ['"كوريا الشمالية"', ['كوريا', 'الشماليه'], ['phrase']],
    ['«في الصين» اليوم', ['في', 'الصين', 'اليوم'], ['phrase', 'word']],
    ['"الذكاء الاصطناعي', ['الذكاء', 'الاصطناعي'], ['phrase']],
    ['"الصين"', ['الصين'], ['word']],
    ['في من على', [], []],
    ['!!!', [], []],
  ])('%s', (q, terms, kinds) => {
    const parsed = parseQuery(q)
    expect(parsed.terms).toEqual(terms)
    expect(parsed.clauses.map((clause) => clause.kind)).toEqual(kinds)
  })

  it('keeps stop words in a phrase, holding their place', () => {
    const [phrase] = parseQuery('"مستشفى في غزة"').clauses
    expect(phrase).toMatchObject({
      kind: 'phrase',
      words: [
        { word: 'مستشفي', stop: false },
        { word: 'في', stop: true },
        { word: 'غزه', stop: false },
      ],
    })
  })

  it.each([
    ['', 'query_blank'],
    [' \t\n', 'query_blank'],
    ['ا'.repeat(201), 'query_too_long'],
    ['روسيا '.repeat(2000), 'query_too_long'],
    ['ا ب ج د ه و ز ح ط ي ك', 'too_many_terms'],
    ['"ا ب ج د ه" و ز ح ط ي ك', 'too_many_terms'],
  ])('refuses %j with %s', (q, code) => {
    expect(() => parseQuery(q)).toThrow(SearchQueryError)
    try {
      parseQuery(q)
    } catch (error) {
      expect((error as SearchQueryError).code).toBe(code)
    }
  })

  it('accepts exactly 200 characters and 10 words', () => {
    expect(() => parseQuery('ا'.repeat(200))).not.toThrow()
    expect(parseQuery('ا ب ج د ه و ز ح ط ي').terms.length).toBeLessThanOrEqual(10)
  })
})
