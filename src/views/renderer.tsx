/**
 * @module
 * `c.render(<Page/>, { title, description })` for every HTML route, through the one layout.
 */
import { jsxRenderer } from 'hono/jsx-renderer'
import { Layout } from './layout'

declare module 'hono' {
  interface ContextRenderer {
    (content: string | Promise<string>, props: { title: string; description?: string }): Response | Promise<Response>
  }
}

export const pageRenderer = jsxRenderer(({ children, title, description }) => (
  <Layout title={title} description={description}>
    {children}
  </Layout>
), { docType: true })
