/**
 * The end-to-end tests run dist/index.js, so a dist/ built from older sources would
 * test old code. Before the first run in a worker, compare dist/source-hash with the
 * sources and rebuild when they differ. Workers (one per Node project) may ask at
 * once: a lock directory lets one build while the others wait for it.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT, sourceHash } from '../../scripts/source-hash.mjs'

const stampFile = join(ROOT, 'dist', 'source-hash')
const lock = join(ROOT, '.tmp', 'dist-build.lock')

function isFresh(): boolean {
  return existsSync(stampFile) && readFileSync(stampFile, 'utf8').trim() === sourceHash()
}

/** A lock left behind by a run that was killed mid-build (its owner is gone) is taken over, not waited on. */
function ownerIsGone(): boolean {
  let pid: number
  try {
    pid = Number(readFileSync(join(lock, 'pid'), 'utf8'))
  } catch {
    return false // just created, the owner has not written its pid yet
  }
  try {
    process.kill(pid, 0)
    return false
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH'
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)
}

let checked = false

export function ensureFreshDist(): void {
  if (checked) return
  for (let waited = 0; !isFresh(); waited += 500) {
    if (waited > 180_000) throw new Error('dist/ is stale and another worker has been building it for 3 minutes')
    mkdirSync(join(ROOT, '.tmp'), { recursive: true })
    try {
      mkdirSync(lock)
    } catch {
      if (ownerIsGone()) rmSync(lock, { recursive: true, force: true })
      else sleep(500) // another worker is building
      continue
    }
    try {
      writeFileSync(join(lock, 'pid'), String(process.pid))
      if (isFresh()) break
      process.stderr.write('dist/ was built from other sources than src/: rebuilding it (npm run build) before the end-to-end tests.\n')
      execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] })
      if (!isFresh()) throw new Error('dist/ is still stale after npm run build')
    } finally {
      rmSync(lock, { recursive: true, force: true })
    }
  }
  checked = true
}
