/** The CLI's entry point (dist/cli.js, the `til-keeper` bin): run `cli.ts` on the process's arguments. */
import { compileOnlyHotPatterns } from './regex-tiering.js'
import { USAGE } from './usage.js'

const argv = process.argv.slice(2)
if (argv.length === 1 && (argv[0] === '--help' || argv[0] === '-h')) {
  // The usage alone: the engine (a chunk of its own in dist/) is not even loaded.
  process.stdout.write(USAGE + '\n')
} else {
  compileOnlyHotPatterns()
  const { run } = await import('./cli.js')
  const result = await run(argv)
  process.stdout.write(result.stdout)
  process.stderr.write(result.stderr)
  process.exitCode = result.code
}
