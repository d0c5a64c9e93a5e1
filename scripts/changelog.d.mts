/** The body under `## [version]` in a Keep a Changelog file, without its heading; null when there is none. */
export function changelogSection(markdown: string, version: string): string | null
