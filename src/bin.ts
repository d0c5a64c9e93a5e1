/** The CLI's entry point (dist/cli.js, the `til-keeper` bin): run `cli.ts` on the process's arguments. */
import { run } from './cli.js'

const result = await run(process.argv.slice(2))
process.stdout.write(result.stdout)
process.stderr.write(result.stderr)
process.exitCode = result.code
