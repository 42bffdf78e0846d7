/**
 * @module
 * Runs before `npm test` (the `pretest` script): the browser tests drive Debian's Chromium, which
 * draws Arabic with the Noto faces, and npm cannot install either. Where they are missing, this
 * installs them with apt-get when it can (as root, on Debian), and otherwise stops at once with
 * the one command to run, instead of letting three test files fail minutes later.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

/** What the tests need, each with the file that shows it is there. */
const NEEDED = [
  { apt: 'chromium', file: '/usr/bin/chromium' },
  { apt: 'fonts-noto-core', file: '/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf' },
]

const missing = NEEDED.filter((needed) => !existsSync(needed.file)).map((needed) => needed.apt)
if (missing.length > 0) {
  const command = `apt-get install -y ${missing.join(' ')}`
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')
  if (!canInstall) {
    console.error(`The browser tests need ${missing.join(' and ')}, which npm cannot install.`)
    console.error('Run this, then npm test again:')
    console.error(`  sudo apt-get update && sudo ${command}`)
    process.exit(1)
  }
  console.log(`Installing ${missing.join(', ')} for the browser tests (apt-get)…`)
  const run = (args) =>
    spawnSync('apt-get', args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    }).status === 0
  if (!run(['update', '-qq']) || !run(['install', '-y', '-qq', ...missing])) {
    console.error(`Could not install ${missing.join(' and ')}. Run: ${command}`)
    process.exit(1)
  }
}
