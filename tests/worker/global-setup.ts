/**
 * Runs on Node before the workerd tests: builds the KV records from `content/` with the real
 * publish pipeline, and hands them to the tests, which load them into the test's own KV.
 */
import type { TestProject } from 'vitest/node'
import { seedRecords } from '../seed-records'

export default async function setup(project: TestProject) {
  project.provide('seedRecords', await seedRecords())
}
