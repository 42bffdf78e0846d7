/**
 * @module
 * The development entry of the string JSX runtime (`jsx-runtime.ts`), for tools that compile JSX
 * in development mode: the same output.
 */
export { Fragment, jsx as jsxDEV, type JSX } from './jsx-runtime'
