/** The action's entry point: dist/index.js. */
import { run } from './main.js'

await run()
