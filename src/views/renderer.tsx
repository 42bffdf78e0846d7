/**
 * @module
 * `c.render(<Page/>, { title, description })` for every HTML route, through the one layout.
 */
import { jsxRenderer } from 'hono/jsx-renderer'
import { Layout, type LayoutProps } from './layout'

declare module 'hono' {
  // An interface, to merge with Hono's own declaration.
  interface ContextRenderer {
    // eslint-disable-next-line @typescript-eslint/prefer-function-type
    (
      content: string | Promise<string>,
      props: Omit<LayoutProps, 'children'>
    ): Response | Promise<Response>
  }
}

export const pageRenderer = jsxRenderer(
  ({ children, title, description, alternates, meta }) => (
    <Layout title={title} description={description} alternates={alternates} meta={meta}>
      {children}
    </Layout>
  ),
  { docType: true }
)
