import { setFlagsFromString } from 'node:v8'

/**
 * Lets a pattern run a hundred times in V8's regexp interpreter before it is compiled to machine code (V8 compiles
 * it on its second run). A check tries some hundred patterns of the label grammar, most of them a few times on a
 * small log, so compiling each was a tenth of a small log's first check; on a long log the hot ones are compiled
 * after their first hundred lines all the same. For the process that runs til-keeper (the CLI, the action): a
 * library does not set V8's flags for its host.
 */
export function compileOnlyHotPatterns(): void {
  setFlagsFromString('--regexp-tier-up-ticks=100')
}
