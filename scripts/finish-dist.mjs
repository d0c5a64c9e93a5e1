// Moves the CLI bundle to dist/cli.js with a shebang, so `til-keeper` runs as a bin,
// and stamps dist/ with the hash of the sources it was built from.
import { chmodSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { sourceHash } from './source-hash.mjs'

const bundle = 'dist/cli-bundle/index.js'
const code = readFileSync(bundle, 'utf8')
writeFileSync('dist/cli.js', code.startsWith('#!') ? code : `#!/usr/bin/env node\n${code}`)
chmodSync('dist/cli.js', 0o755)
rmSync('dist/cli-bundle', { recursive: true, force: true })
if (!existsSync('dist/index.js')) throw new Error('dist/index.js is missing after the build')
writeFileSync('dist/source-hash', `${sourceHash()}\n`)
