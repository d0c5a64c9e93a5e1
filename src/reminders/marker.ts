/**
 * The hidden marker that ties an issue to one problem. Issues are found by it,
 * never by title (learners rename issues) nor through search (its index lags).
 * `state` fingerprints the problem, so a push that only moves the commit sha in
 * the links changes nothing and writes nothing.
 */
import { createHash } from 'node:crypto'

export interface Marker {
  key: string
  state: string
}

const MARKER = /<!--\s*til-keeper:reminder\s+key="([^"]+)"\s+state="([^"]*)"\s*-->/

export function writeMarker(marker: Marker): string {
  return `<!-- til-keeper:reminder key="${marker.key}" state="${marker.state}" -->`
}

export function readMarker(body: string): Marker | null {
  const m = MARKER.exec(body)
  return m ? { key: m[1]!, state: m[2]! } : null
}

export function fingerprint(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16)
}
