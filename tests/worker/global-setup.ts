/**
 * Runs on Node before the workerd tests: builds the KV records from `content/` with the real
 * publish pipeline, and those of the search corpus, and hands them to the tests, which load them
 * into the test's own KV.
 */
import type { TestProject } from 'vitest/node'
import { imageSite } from '../image-corpus'
import { NEWSROOM_NOW } from '../newsroom-corpus'
import { seedRecords } from '../seed-records'
import { writeNewsroomCorpus } from './newsroom-folder'
import { SEARCH_CORPUS_NOW, writeSearchCorpus } from './search-corpus'

export default async function setup(project: TestProject) {
  project.provide('seedRecords', await seedRecords())
  project.provide('imageSite', await imageSite())
  project.provide('searchRecords', await seedRecords(writeSearchCorpus(), SEARCH_CORPUS_NOW))
  project.provide('newsroomRecords', await seedRecords(writeNewsroomCorpus(), NEWSROOM_NOW))
}
