/**
 * @module
 * `c.render(<Page/>, { title, description })` for every HTML route, through the one layout.
 */
import { jsxRenderer } from 'hono/jsx-renderer'
import { Layout, type Alternate } from './layout'

declare module 'hono' {
  interface ContextRenderer {
    (content: string | Promise<string>, props: { title: string; description?: string; alternates?: Alternate[] }): Response | Promise<Response>
  }
}

export const pageRenderer = jsxRenderer(({ children, title, description, alternates }) => (
  <Layout title={title} description={description} alternates={alternates}>
    {children}
  </Layout>
), { docType: true })
