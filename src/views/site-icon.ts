/**
 * @module
 * The site's icon: a minbar (the pulpit the site is named after), its steps rising to a small
 * pointed canopy, drawn in the site's accent colour. Browsers that read SVG icons take the SVG;
 * `/favicon.ico` is the same drawing as a 32×32 PNG in an ICO container, for everything that
 * still asks for that file by name (feed readers, bookmarks, old browsers).
 */

/** The icon as SVG: paths only, so it looks the same with or without any font. */
export const SITE_ICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#8a1c1c"/><path fill="#fdfcfa" d="M6 27h20v-4h-4v-4h-4v-4h-5v-4l-3.5-5L6 11z"/></svg>'

/**
 * `SITE_ICON_SVG` drawn at 32×32 by sharp, as PNG in base64. A test draws the SVG again and
 * compares, so the two cannot drift apart.
 */
export const SITE_ICON_PNG_32 =
  'iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAACXBIWXMAALiMAAC4jAHM9rsvAAABFUlEQVR42mNggIKJKirs3dLSeZ0yMieA+EuXjMx/amKQmSCzgexckF0MyKBXRkYaKHGB2pbiccx5kJ1wn9PTcmRHgEMCFOz0thyGO2Rkchi6pKVPDpQDgPg4A5D4PIAO+MxASFGvktL/q+vW/u9TVqaJIwg64NSM6f///vn1/+T0afR3wLKgoP9/fv0AOwBELw8Lo58DJmpp/X//8AHYchj++OTx/0k6OvRxACjekS2H4RubN9HHAdgsh+FRB4w6gJqOGnXA8HEAuQ4adcDwdQCxDhp1AM5GKT0c0Ckt/XFQNMtzB7RjAuoegbpJA9E1q9fSYoN3TunpCJTOKQyAXAMKElC80Ki39Blo8TGQHXCfMzAwAAA9JuUOjVna9gAAAABJRU5ErkJggg=='

/**
 * An ICO file holding one PNG image: a 6-byte header and a 16-byte directory entry (all numbers
 * little-endian), then the PNG itself, which every browser since 2007 reads inside an ICO.
 */
export function icoOf(png: Uint8Array, size: number): Uint8Array<ArrayBuffer> {
  const ico = new Uint8Array(22 + png.length)
  const view = new DataView(ico.buffer)
  view.setUint16(2, 1, true) // type: icon
  view.setUint16(4, 1, true) // one image
  view.setUint8(6, size % 256) // width (0 means 256)
  view.setUint8(7, size % 256) // height
  view.setUint16(10, 1, true) // colour planes
  view.setUint16(12, 32, true) // bits per pixel
  view.setUint32(14, png.length, true) // the image's size
  view.setUint32(18, 22, true) // and where it starts
  ico.set(png, 22)
  return ico
}
