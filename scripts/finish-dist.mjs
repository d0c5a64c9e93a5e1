// Gives the CLI bundle (dist/cli/, with the chunks it loads on demand) its bin, dist/cli.js,
// and stamps dist/ with the hash of the sources it was built from.
import { chmodSync, existsSync, rmSync, writeFileSync } from 'node:fs'
import { sourceHash } from './source-hash.mjs'

if (!existsSync('dist/cli/index.js')) throw new Error('dist/cli/index.js is missing after the build')
// A bin of its own that loads the bundle where it was built: the bundle's chunks (date-holidays, yaml)
// are found next to it, apart from the action's chunks in dist/.
writeFileSync('dist/cli.js', "#!/usr/bin/env node\nimport './cli/index.js'\n")
chmodSync('dist/cli.js', 0o755)
rmSync('dist/cli-bundle', { recursive: true, force: true })
if (!existsSync('dist/index.js')) throw new Error('dist/index.js is missing after the build')
writeFileSync('dist/source-hash', `${sourceHash()}\n`)
