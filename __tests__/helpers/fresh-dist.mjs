// Jest global setup: the end-to-end tests run dist/index.js, so a dist/ built from
// older sources would test old code. Rebuild it when its stamp does not match src/.
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT, sourceHash } from '../../scripts/source-hash.mjs'

export default function freshDist() {
  const stampFile = join(ROOT, 'dist', 'source-hash')
  const stamp = existsSync(stampFile) ? readFileSync(stampFile, 'utf8').trim() : ''
  if (stamp === sourceHash()) return
  process.stderr.write('\ndist/ was built from other sources than src/: rebuilding it (npm run build) before the end-to-end tests.\n')
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] })
  if (readFileSync(stampFile, 'utf8').trim() !== sourceHash()) throw new Error('dist/ is still stale after npm run build')
}
