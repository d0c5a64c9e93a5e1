// A hash of everything the bundles are built from. finish-dist.mjs writes it to
// dist/source-hash; the test setup compares it to know whether dist/ is stale.
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = fileURLToPath(new URL('../', import.meta.url))

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]))
}

export function sourceHash(root = ROOT) {
  const inputs = [...files(join(root, 'src')), join(root, 'package-lock.json'), join(root, 'tsconfig.json')].sort()
  const hash = createHash('sha256')
  for (const file of inputs) hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0')
  return hash.digest('hex')
}
