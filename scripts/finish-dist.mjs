// Gives the CLI bundle (dist/cli/, with the chunks it loads on demand) its bin, dist/cli.js, turns the
// bundles' module wrappers into function expressions, and stamps dist/ with the hash of the sources it was
// built from.
import { chmodSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { sourceHash } from './source-hash.mjs'

// ncc wraps each module in an arrow function, which V8 compiles lazily: it scans the whole chunk when it loads
// it, and the module's text again when the module runs. A parenthesised function expression is compiled as the
// chunk loads, once: the CLI's start-up on the seed is some 15 ms shorter. The runtime calls the wrappers with
// `this` set to the module's exports; the bundled UMD modules (moment, moment-timezone) take their CommonJS
// branch either way, and the tests run both bundles whole.
const ARROW_WRAPPER = /^\/\*\*\*\/ \(\(([\w$, ]*)\) => \{$/gm
for (const dir of ['dist', 'dist/cli']) {
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.js'))) {
    const file = path.join(dir, name)
    const text = readFileSync(file, 'utf8')
    const wrapped = text.replace(ARROW_WRAPPER, '/***/ (function($1) {')
    if (name === 'index.js' && wrapped === text) throw new Error(`${file}: no module wrapper found to rewrite; has ncc's output changed?`)
    if (wrapped !== text) writeFileSync(file, wrapped)
  }
}

if (!existsSync('dist/cli/index.js')) throw new Error('dist/cli/index.js is missing after the build')
// A bin of its own that loads the bundle where it was built: the bundle's chunks (date-holidays, yaml)
// are found next to it, apart from the action's chunks in dist/.
writeFileSync('dist/cli.js', "#!/usr/bin/env node\nimport './cli/index.js'\n")
chmodSync('dist/cli.js', 0o755)
rmSync('dist/cli-bundle', { recursive: true, force: true })
if (!existsSync('dist/index.js')) throw new Error('dist/index.js is missing after the build')
writeFileSync('dist/source-hash', `${sourceHash()}\n`)
