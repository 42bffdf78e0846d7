/**
 * The OpenAPI document against the server it describes (that it lists exactly the routes Hono
 * serves is tested inside workerd, tests/worker/openapi-routes.test.ts): every operation, probed with valid and invalid requests made
 * from its own declarations (malformed path parameters, integers at and past their bounds, a page
 * past the end, a repeated parameter, another method, a revalidation), answers only statuses it
 * declares, with the declared content type and a body its schema accepts (Ajv, draft 2020-12).
 * It runs against the production bundle served by workerd, as embedders' generated clients would.
 */
import Ajv2020 from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { NEWSROOM_NOW } from '../newsroom-corpus'
import { seedRecords } from '../seed-records'
import { writeNewsroomCorpus } from '../worker/newsroom-folder'
import { serveSite, type ServedSite } from './served-site'

type Schema = Record<string, unknown>
type Parameter = {
  name: string
  in: 'path' | 'query'
  required?: boolean
  schema: Schema
  example?: unknown
}
type MediaType = { schema?: Schema; example?: unknown }
type Response = { description: string; content?: Record<string, MediaType> }
type Operation = { summary: string; parameters?: Parameter[]; responses: Record<string, Response> }
type OpenApi = {
  paths: Record<string, Record<string, Operation>>
  components: { schemas: Record<string, Schema> }
}

let site: ServedSite
let doc: OpenApi
const ajv = new Ajv2020({ strict: false, allErrors: true })
addFormats(ajv)
const COMPONENTS = 'https://minbar.test/components'

beforeAll(async () => {
  site = await serveSite()
  doc = (await (await site.get('/api/openapi.json')).json()) as OpenApi
  // Component references point into the document; give Ajv the components under an id of their own.
  const retarget = (schema: unknown) =>
    JSON.parse(
      JSON.stringify(schema).replaceAll('"#/components/schemas/', `"${COMPONENTS}#/$defs/`)
    ) as Schema
  ajv.addSchema({ $id: COMPONENTS, $defs: retarget(doc.components.schemas) })
  for (const operation of operations()) {
    for (const response of Object.values(operation.operation.responses)) {
      for (const media of Object.values(response.content ?? {}))
        if (media.schema) media.schema = retarget(media.schema)
    }
  }
})
afterAll(() => site?.close())

function operations() {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => ({ path, method, operation }))
  )
}

/** `/articles/{slug}` with each path parameter replaced by `values[name]`, already encoded. */
const fill = (path: string, values: Record<string, string>) =>
  path.replace(/\{(\w+)\}/g, (_, name: string) => values[name]!)

/** The parameter's example, encoded for a URL. */
function exampleOf(parameter: Parameter): string {
  const example = parameter.example ?? parameter.schema.example ?? parameter.schema.default
  if (typeof example !== 'string' && typeof example !== 'number')
    throw new Error(`parameter ${parameter.name} needs an example`)
  return encodeURIComponent(String(example))
}

/**
 * `mustSay`: text the answer must carry (the rule a refused value broke). `refused`: whether the
 * contract refuses the value, so the server must answer 400 (true) or must not (false), as
 * Schemathesis checks: a client generated from the document sends any value its schema allows.
 */
type Probe = { label: string; url: string; init?: RequestInit; mustSay?: string; refused?: boolean }

/** Text values a generated client may send for a string parameter: blank ones, and non-URLs. */
const STRING_VALUES = ['', ' ', '  ', 'nope', 'كوريا']

/** Whether `value` is one `schema` allows. */
const allows = (schema: Schema, value: string) => ajv.compile(schema)(value)

/** Requests made from an operation's declarations: the valid one first, then each way to be wrong. */
function probesFor(path: string, operation: Operation): Probe[] {
  const parameters = operation.parameters ?? []
  const pathParams = parameters.filter((parameter) => parameter.in === 'path')
  const valid = Object.fromEntries(
    pathParams.map((parameter) => [parameter.name, exampleOf(parameter)])
  )
  const requiredQuery = parameters.filter(
    (parameter) => parameter.in === 'query' && parameter.required
  )
  const baseQuery = requiredQuery.map((parameter) => `${parameter.name}=${exampleOf(parameter)}`)
  const url = (values: Record<string, string>, query: string[] = []) => {
    const all = [...baseQuery, ...query]
    return fill(path, values) + (all.length > 0 ? `?${all.join('&')}` : '')
  }
  const probes: Probe[] = [{ label: 'valid', url: url(valid) }]
  for (const parameter of pathParams) {
    const maxLength = Number(parameter.schema.maxLength ?? 300)
    for (const [label, value] of [
      ['bad percent-encoding', '%C2%84'],
      ['truncated percent-encoding', 'a%E0%A4%A'],
      ['over-long', 'a'.repeat(maxLength + 1)],
      ['wrong characters', encodeURIComponent('<script>..')],
      ['unknown', valid[parameter.name]! + '0'],
    ])
      probes.push({
        label: `${parameter.name}: ${label}`,
        url: url({ ...valid, [parameter.name]: value! }),
      })
  }
  for (const parameter of parameters.filter(
    (parameter) => parameter.in === 'query' && parameter.schema.type === 'integer'
  )) {
    const min = Number(parameter.schema.minimum)
    const max = Number(parameter.schema.maximum)
    if (!Number.isInteger(min) || !Number.isInteger(max))
      throw new Error(`${path} ${parameter.name} must declare its minimum and maximum`)
    const range = `بين ${min} و${max}`
    for (const value of [0, min, min - 1, max, max + 1, 2811032655051, 'abc', '1.5', '-1']) {
      const outOfRange = typeof value === 'number' && (value < min || value > max)
      probes.push({
        label: `${parameter.name}=${value}`,
        url: url(valid, [`${parameter.name}=${value}`]),
        ...(outOfRange ? { mustSay: range } : {}),
      })
    }
    probes.push({
      label: `${parameter.name} repeated`,
      url: url(valid, [`${parameter.name}=1`, `${parameter.name}=2`]),
    })
  }
  for (const parameter of parameters.filter(
    (parameter) => parameter.in === 'query' && parameter.schema.type === 'string'
  )) {
    const others = baseQuery.filter((pair) => !pair.startsWith(`${parameter.name}=`))
    for (const value of STRING_VALUES)
      probes.push({
        label: `${parameter.name}=${JSON.stringify(value)}`,
        url:
          fill(path, valid) +
          `?${[...others, `${parameter.name}=${encodeURIComponent(value)}`].join('&')}`,
        refused: !allows(parameter.schema, value),
      })
  }
  // Another spelling of a tag: a redirect on pages, a direct answer from the API.
  if (pathParams.some((parameter) => parameter.name === 'tag'))
    probes.push({
      label: 'tag in Persian letters',
      url: url({ ...valid, tag: encodeURIComponent('کوریا الجنوبیة') }),
    })
  probes.push({ label: 'unknown query parameter', url: url(valid, ['utm_source=x']) })
  probes.push({ label: 'POST', url: url(valid), init: { method: 'POST' } })
  return probes
}

describe('the OpenAPI document and the routes', () => {
  it('gives every JSON response and every parameter an example, and each example passes its schema', () => {
    for (const { path, method, operation } of operations()) {
      for (const parameter of operation.parameters ?? []) {
        if (parameter.in === 'path' || parameter.required)
          expect(
            parameter.example ?? parameter.schema.example,
            `${method} ${path} ${parameter.name}`
          ).toBeDefined()
      }
      for (const [status, response] of Object.entries(operation.responses)) {
        const json = response.content?.['application/json']
        if (!json?.schema) continue
        expect(json.example, `${method} ${path} ${status} example`).toBeDefined()
        const validate = ajv.compile(json.schema)
        expect(
          validate(json.example),
          `${method} ${path} ${status}: ${ajv.errorsText(validate.errors)}`
        ).toBe(true)
      }
    }
  })

  it('answers every probe with a declared status, content type and schema-valid body', async () => {
    expect(await probeFailures(site)).toEqual([])
  }, 120_000)

  // The seed has no authors: on a newsroom that has them, the author routes answer 200 too.
  it('answers every probe the same way on a newsroom with sections, authors and pages', async () => {
    const newsroom = await serveSite({
      records: await seedRecords(writeNewsroomCorpus(), NEWSROOM_NOW),
    })
    try {
      const authorPage = await newsroom.get('/api/authors/writer-a')
      expect(authorPage.status).toBe(200)
      await authorPage.arrayBuffer()
      expect(await probeFailures(newsroom)).toEqual([])
    } finally {
      await newsroom.close()
    }
  }, 120_000)
})

/** What is wrong in `site`'s answers to the probes of every operation: nothing, when it keeps the contract. */
async function probeFailures(site: ServedSite): Promise<string[]> {
  const failures: string[] = []
  for (const { path, method, operation } of operations()) {
    if (method !== 'get') continue
    let probes: Probe[]
    try {
      probes = probesFor(path, operation)
    } catch (error) {
      failures.push(String(error))
      continue
    }
    for (const probe of probes) {
      const res = await site.get(probe.url, { redirect: 'manual', ...probe.init })
      const declared = operation.responses[String(res.status)]
      const where = `${probe.init?.method ?? 'GET'} ${probe.url.slice(0, 120)} (${probe.label}) → ${res.status}`
      if (!declared) {
        failures.push(`${where}: status not declared for ${path}`)
        continue
      }
      const type = res.headers.get('content-type')?.split(';')[0]?.trim()
      const body = await res.text()
      if (probe.mustSay && (res.status !== 400 || !body.includes(probe.mustSay)))
        failures.push(`${where}: should be a 400 saying «${probe.mustSay}»`)
      if (probe.refused === true && res.status !== 400)
        failures.push(`${where}: the document refuses this value, the server took it`)
      if (probe.refused === false && res.status === 400)
        failures.push(`${where}: the document allows this value, the server refused it`)
      if (!declared.content) {
        if (body !== '' && res.status !== 301)
          failures.push(`${where}: declares no body but got ${type}`)
        continue
      }
      const media = type ? declared.content[type] : undefined
      if (!media) {
        failures.push(
          `${where}: content type ${type} not declared (${Object.keys(declared.content).join(', ')})`
        )
        continue
      }
      if (type === 'application/json' && media.schema) {
        const validate = ajv.compile(media.schema)
        if (!validate(JSON.parse(body)))
          failures.push(`${where}: ${ajv.errorsText(validate.errors)}`)
      }
    }
    // A revalidation with the valid answer's ETag.
    const first = await site.get(probes[0]!.url)
    const etag = first.headers.get('etag')
    await first.arrayBuffer()
    if (first.status === 200 && etag) {
      const again = await site.get(probes[0]!.url, { headers: { 'if-none-match': etag } })
      if (!operation.responses[String(again.status)])
        failures.push(`GET ${path} with If-None-Match → ${again.status}: status not declared`)
    }
  }
  return failures
}
