/**
 * @module
 * The postings of an archive, accumulated article by article in doc-id order. Every distinct text
 * run, word and stem gets an integer once; per-article counts and positions live in arrays reused
 * from one article to the next. So indexing 100k articles costs one map lookup a word and
 * allocates little beyond the postings themselves.
 */
import { FIELDS, postingWeight, type Field } from '../../search/ranking'
import { ByteWriter, varintLength } from '../../search/varint'
import { isSearchStopWord } from '../../text/search-stop-words'
import { runWords, searchWord, textRuns } from '../../text/search-terms'

/** One word's postings as they are appended, doc by doc, in id order. */
export class PostingWriter {
  docs = new ByteWriter()
  positions = new ByteWriter()
  df = 0
  /** The doc id of the last posting added. */
  lastId = 0

  add(id: number, weight: number, positions?: Int32Array, count = 0) {
    this.docs.varint(id - this.lastId)
    this.docs.byte(weight)
    this.lastId = id
    this.df++
    if (!positions) return
    // The byte length first, so a query can skip a posting's positions without decoding them.
    let length = 0
    for (let i = 0, previous = 0; i < count; previous = positions[i++]!)
      length += varintLength(positions[i]! - previous)
    this.positions.varint(length)
    for (let i = 0, previous = 0; i < count; previous = positions[i++]!)
      this.positions.varint(positions[i]! - previous)
  }
}

/** A growing Int32Array. */
class IntList {
  values = new Int32Array(1024)
  length = 0

  /** Lets the buffer go (hundreds of MB at 100k articles) once it has been read. */
  clear() {
    this.values = new Int32Array(0)
    this.length = 0
  }

  push(value: number) {
    if (this.length === this.values.length) {
      const grown = new Int32Array(this.values.length * 2)
      grown.set(this.values)
      this.values = grown
    }
    this.values[this.length++] = value
  }
}

/**
 * Stem ids in position order, article after article, and each article's stems with their
 * posting weights: what the common grams are made from once every df is known.
 */
export class StemSequence {
  readonly stems = new IntList()
  /** Per article: stem id, then its weight, for every stem the article has. */
  readonly weights = new IntList()
  /** Each article's doc id, and where its stems and its weights end. */
  readonly ids: number[] = []
  readonly ends: number[] = []
  readonly weightEnds: number[] = []

  push(stem: number) {
    this.stems.push(stem)
  }

  weigh(stem: number, weight: number) {
    this.weights.push(stem)
    this.weights.push(weight)
  }

  endArticle(id: number) {
    this.ids.push(id)
    this.ends.push(this.stems.length)
    this.weightEnds.push(this.weights.length)
  }

  /** Frees the buffers once the grams are made, before the values are encoded. */
  clear() {
    this.stems.clear()
    this.weights.clear()
  }
}

/** An article's indexed text, by field; each string of a field is a run of its own (tags). */
export type ArticleText = Record<Field, readonly string[]>

export class SearchPostings {
  /** Raw text run → ids of the words it normalises to. */
  private readonly runIds = new Map<string, number[]>()
  private readonly wordIds = new Map<string, number>()
  private readonly stemIds = new Map<string, number>()
  /** Distinct words and stems, by id. */
  readonly words: string[] = []
  readonly stems: string[] = []
  /** Word id → stem id, or -1 for a stop word (not indexed, but it holds its position). */
  readonly wordStem: number[] = []
  /** Word id → the stem id of the word without its bare particle (`restStem`), or -1. */
  private readonly wordRest: number[] = []
  readonly stemPostings: PostingWriter[] = []
  readonly wordPostings: Array<PostingWriter | undefined> = []
  /**
   * Every article's stems by position, articles one after another (-1: a stop word, or the gap
   * between fields), kept for the common grams, which can only be chosen once every df is known.
   */
  readonly sequence = new StemSequence()

  // Per-article scratch, indexed by id and reset lazily by comparing `seen` with the article's serial.
  private serial = 0
  private readonly stemSeen: number[] = []
  private readonly wordSeen: number[] = []
  private readonly stemCounts: number[] = []
  private readonly wordCounts: number[] = []
  private readonly positions: Int32Array[] = []
  private readonly positionCount: number[] = []

  private wordsOf(run: string): number[] {
    let ids = this.runIds.get(run)
    if (ids) return ids
    ids = runWords(run).map((word) => {
      let id = this.wordIds.get(word)
      if (id === undefined) {
        this.wordIds.set(word, (id = this.words.length))
        this.words.push(word)
        const stop = isSearchStopWord(word)
        const { stem, rest } = searchWord(word)
        this.wordStem.push(stop ? -1 : this.stemId(stem))
        this.wordRest.push(stop || rest === null ? -1 : this.stemId(rest))
        this.wordSeen.push(-1)
        this.wordCounts.push(0, 0, 0, 0)
      }
      return id
    })
    this.runIds.set(run, ids)
    return ids
  }

  private stemId(stem: string): number {
    let id = this.stemIds.get(stem)
    if (id === undefined) {
      this.stemIds.set(stem, (id = this.stems.length))
      this.stems.push(stem)
      this.stemPostings.push(new PostingWriter())
      this.stemSeen.push(-1)
      this.stemCounts.push(0, 0, 0, 0)
      this.positions.push(new Int32Array(4))
      this.positionCount.push(0)
    }
    return id
  }

  /** Indexes one article; call in ascending `id` order. */
  add(id: number, text: ArticleText) {
    const serial = ++this.serial
    const lengths = [0, 0, 0, 0]
    const touchedStems: number[] = []
    const touchedWords: number[] = []
    let position = 0
    for (let f = 0; f < FIELDS.length; f++) {
      for (const part of text[FIELDS[f]!]) {
        for (const run of textRuns(part)) {
          for (const word of this.wordsOf(run)) {
            lengths[f]!++
            const stem = this.wordStem[word]!
            if (stem >= 0) {
              this.countStem(stem, f, position, serial, touchedStems)
              // «لصيانة» is filed under صيان too, at the same position (phrases see it there).
              const rest = this.wordRest[word]!
              if (rest >= 0) this.countStem(rest, f, position, serial, touchedStems)
              if (this.wordSeen[word] !== serial) {
                this.wordSeen[word] = serial
                this.wordCounts.fill(0, word * 4, word * 4 + 4)
                touchedWords.push(word)
              }
              this.wordCounts[word * 4 + f]!++
            }
            this.sequence.push(stem)
            position++
          }
        }
        // A gap between tags and between fields: a phrase never spans two of them.
        this.sequence.push(-1)
        position++
      }
    }
    const counts = [0, 0, 0, 0]
    for (const stem of touchedStems) {
      for (let f = 0; f < 4; f++) counts[f] = this.stemCounts[stem * 4 + f]!
      const weight = postingWeight(counts, lengths)
      this.stemPostings[stem]!.add(id, weight, this.positions[stem], this.positionCount[stem])
      this.sequence.weigh(stem, weight)
    }
    this.sequence.endArticle(id)
    for (const word of touchedWords) {
      for (let f = 0; f < 4; f++) counts[f] = this.wordCounts[word * 4 + f]!
      const postings = (this.wordPostings[word] ??= new PostingWriter())
      postings.add(id, postingWeight(counts, lengths))
    }
  }

  /** Counts one occurrence of a stem in field `f` of the current article, at `position`. */
  private countStem(stem: number, f: number, position: number, serial: number, touched: number[]) {
    if (this.stemSeen[stem] !== serial) {
      this.stemSeen[stem] = serial
      this.stemCounts.fill(0, stem * 4, stem * 4 + 4)
      this.positionCount[stem] = 0
      touched.push(stem)
    }
    this.stemCounts[stem * 4 + f]!++
    this.pushPosition(stem, position)
  }

  private pushPosition(stem: number, position: number) {
    const count = this.positionCount[stem]!
    let buffer = this.positions[stem]!
    if (count === buffer.length) {
      const grown = new Int32Array(buffer.length * 2)
      grown.set(buffer)
      this.positions[stem] = buffer = grown
    }
    buffer[count] = position
    this.positionCount[stem] = count + 1
  }
}
