/**
 * The OpenAPI document lists exactly the routes the Worker serves: every GET route Hono knows
 * (`inspectRoutes`) is in it, and it names no path that no route serves. (How each operation
 * answers is probed against the served bundle in tests/node/openapi-drift.test.ts.)
 */
import { inspectRoutes } from 'hono/dev'
import { beforeEach, describe, expect, it } from 'vitest'
import { app } from '../../src/index'
import { fetchWorker, loadSeed } from './seed'

beforeEach(loadSeed)

const toOpenApi = (path: string) => path.replace(/:(\w+)(\{[^}]*\})?/g, '{$1}')

describe('GET /api/openapi.json', () => {
  it('lists every GET route Hono serves, and no path that no route serves', async () => {
    const doc: { paths: Record<string, unknown> } = await (
      await fetchWorker('/api/openapi.json')
    ).json()
    const served = new Set(
      inspectRoutes(app)
        .filter((route) => !route.isMiddleware && route.method === 'GET')
        .map((route) => toOpenApi(route.path))
    )
    const documented = new Set(Object.keys(doc.paths))
    expect(served.size).toBeGreaterThan(15)
    expect(
      [...served].filter((path) => !documented.has(path)).sort(),
      'routes missing from the document'
    ).toEqual([])
    expect(
      [...documented].filter((path) => !served.has(path)).sort(),
      'documented paths no route serves'
    ).toEqual([])
  })
})
