/** Git's blob id of a text: lets the action skip files that are already up to date. */
import { createHash } from 'node:crypto'

export function gitBlobSha(content: string): string {
  const bytes = Buffer.from(content, 'utf8')
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex')
}
