/**
 * `npm run lint` enforces the project's shape: each probe below is written into `src/` for a
 * moment, linted with the project's own ESLint config, and must be refused by the rule named.
 */
import { ESLint } from 'eslint'
import { afterAll, describe, expect, it } from 'vitest'
import { rmSync, writeFileSync } from 'node:fs'

const PROBES = [
  {
    what: 'a JSX pragma picking another runtime',
    file: 'src/views/lint-probe-pragma.tsx',
    code: '/** @jsxImportSource #jsx */\nexport const probe = 1\n',
    rule: 'no-warning-comments',
  },
  {
    what: 'an import of Hono internals',
    file: 'src/http/lint-probe-utils.ts',
    code: "import { getPath } from 'hono/utils/url'\nexport const probe = getPath\n",
    rule: '@typescript-eslint/no-restricted-imports',
  },
  {
    what: 'schema/ importing the search engine',
    file: 'src/schema/lint-probe-upward.ts',
    code: "import { searchArticles } from '../search/search-articles'\nexport const probe = searchArticles\n",
    rule: 'import-x/no-restricted-paths',
  },
  {
    what: 'views/ importing http/',
    file: 'src/views/lint-probe-http.ts',
    code: "import { policyFor } from '../http/response-headers'\nexport const probe = policyFor\n",
    rule: 'import-x/no-restricted-paths',
  },
  {
    what: 'http/ importing views/',
    file: 'src/http/lint-probe-views.ts',
    code: "import { SITE_CSS } from '../views/styles'\nexport const probe = SITE_CSS\n",
    rule: 'import-x/no-restricted-paths',
  },
]

afterAll(() => {
  for (const probe of PROBES) rmSync(probe.file, { force: true })
})

describe('the lint rules that hold the project shape', () => {
  it('refuse every probe', async () => {
    for (const probe of PROBES) writeFileSync(probe.file, probe.code)
    const results = await new ESLint().lintFiles(PROBES.map((probe) => probe.file))
    for (const probe of PROBES) {
      const result = results.find((each) => each.filePath.endsWith(probe.file))!
      expect(
        result.messages.map((message) => message.ruleId),
        probe.what
      ).toContain(probe.rule)
    }
  }, 120_000)
})
