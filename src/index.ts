/** The action's entry point: dist/index.js. */
import { run } from './main.js'
import { compileOnlyHotPatterns } from './regex-tiering.js'

compileOnlyHotPatterns()
await run()
