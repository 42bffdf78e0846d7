/**
 * Test helpers inside workerd: load the published seed into the test KV, and fetch through
 * the Worker's own entry point.
 */
import { env, exports } from 'cloudflare:workers'
import { inject } from 'vitest'

export const ORIGIN = 'https://minbar.test'

export const NK_SLUG = 'north-korea-russia-relations'
export const MOJ_SLUG = 'moj-uae-university-forensic-medicine'

/** Writes every record the publish step built from `content/` into this test's KV. */
export async function loadSeed(): Promise<void> {
  await Promise.all(inject('seedRecords').map(([key, value]) => env.CONTENT.put(key, value)))
}

/** A request to the Worker exactly as the edge would deliver it. */
export function fetchWorker(path: string, init?: RequestInit): Promise<Response> {
  return exports.default.fetch(new Request(ORIGIN + path, init))
}
