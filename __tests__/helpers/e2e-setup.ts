/**
 * Every end-to-end file runs dist/index.js: make sure it is built from the current
 * sources before any test's own timeout starts (a rebuild takes half a minute or more).
 */
import { ensureFreshDist } from './fresh-dist.js'

beforeAll(() => ensureFreshDist(), 600_000)
