/**
 * @module
 * A generated stand-in for a news photo, for measurements only (never committed, never shown as
 * news): a 3000×2000 JPEG of colour gradients with detail at every scale (fractal value noise:
 * large patches, edges, texture and grain). A flat or smooth image compresses to almost nothing
 * and would flatter every encoder; detail that survives downscaling makes each variant cost about
 * what a real photo of that size costs.
 */
import sharp from 'sharp'

/** A small deterministic generator (mulberry32), so every run measures the same bytes. */
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Cell size in pixels and strength of each octave of noise, coarse to fine. */
const OCTAVES = [
  { cell: 160, amplitude: 70 },
  { cell: 40, amplitude: 50 },
  { cell: 12, amplitude: 40 },
  { cell: 5, amplitude: 36 },
  { cell: 2, amplitude: 20 },
]

/** One octave: random values on a grid of `cell`-pixel cells, interpolated between them. */
function addOctave(
  plane: Float32Array,
  width: number,
  height: number,
  { cell, amplitude }: { cell: number; amplitude: number },
  next: () => number
) {
  const columns = Math.ceil(width / cell) + 2
  const rows = Math.ceil(height / cell) + 2
  const grid = Float32Array.from({ length: columns * rows }, () => (next() - 0.5) * amplitude)
  for (let y = 0; y < height; y++) {
    const gy = y / cell
    const row = Math.floor(gy)
    const fy = gy - row
    for (let x = 0; x < width; x++) {
      const gx = x / cell
      const column = Math.floor(gx)
      const fx = gx - column
      const i = row * columns + column
      const top = grid[i]! + (grid[i + 1]! - grid[i]!) * fx
      const bottom = grid[i + columns]! + (grid[i + columns + 1]! - grid[i + columns]!) * fx
      plane[y * width + x]! += top + (bottom - top) * fy
    }
  }
}

export async function photoImage(width = 3000, height = 2000, seed = 16): Promise<Buffer> {
  const next = random(seed)
  // Clamped, so a value past black or white stays there instead of wrapping round.
  const pixels = new Uint8ClampedArray(width * height * 3)
  // Red grows across, green down, blue fades down: the light of an outdoor scene, roughly.
  const bases: Array<(x: number, y: number) => number> = [
    (x) => 60 + (x * 150) / width,
    (_, y) => 70 + (y * 120) / height,
    (_, y) => 150 - (y * 80) / height,
  ]
  for (let channel = 0; channel < 3; channel++) {
    const plane = new Float32Array(width * height)
    for (const octave of OCTAVES) addOctave(plane, width, height, octave, next)
    const base = bases[channel]!
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++)
        pixels[(y * width + x) * 3 + channel] = base(x, y) + plane[y * width + x]!
  }
  return sharp(Buffer.from(pixels.buffer), { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 88 })
    .toBuffer()
}
