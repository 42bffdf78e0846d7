/**
 * Debian's Chromium, as every browser test and `npm run lighthouse` start it. The flags keep it
 * from reaching for Google's services, which this machine's closed network refuses.
 */
import { existsSync } from 'node:fs'

export const CHROMIUM = '/usr/bin/chromium'

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

/** Fails at once, with the command to run, where Chromium is not installed. */
export function requireChromium(): void {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium fonts-noto-core`)
}
