// Types for `env` and `exports` from 'cloudflare:workers' inside the workerd tests.
declare namespace Cloudflare {
  interface Env {
    CONTENT: KVNamespace
    SITE_URL?: string
  }
  interface GlobalProps {
    mainModule: typeof import('../../src/index')
  }
}
