/**
 * Every end-to-end file runs dist/index.js: make sure it is built from the current
 * sources before any test's own timeout starts (a rebuild takes half a minute or more),
 * and leave no runner folder behind in the system's temp directory.
 */
import { ensureFreshDist } from './fresh-dist.js'
import { removeRunnerDirs } from './run-action.js'

beforeAll(() => ensureFreshDist(), 600_000)
afterAll(removeRunnerDirs)
