/**
 * Two test projects, one report:
 * - `worker`: tests run inside workerd through @cloudflare/vitest-pool-workers, against real
 *   local KV (miniflare) loaded with records the real publish step built from `content/`.
 * - `node`: the publish step, the build and the CLI, on Node.
 */
import { cloudflareTest } from '@cloudflare/vitest-pool-workers'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    projects: [
      {
        // The tests publish and read back at once: no isolate may keep an old content version.
        plugins: [
          cloudflareTest({
            main: './src/index.tsx',
            wrangler: { configPath: './wrangler.toml' },
            miniflare: { bindings: { VERSION_MEMO_MS: '0' } },
          }),
        ],
        test: {
          name: 'worker',
          include: ['tests/worker/**/*.test.{ts,tsx}'],
          globalSetup: ['tests/worker/global-setup.ts'],
        },
      },
      {
        test: {
          name: 'node',
          include: ['tests/node/**/*.test.ts'],
          globalSetup: ['tests/node/global-setup.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
    ],
  },
})
