/** The repository root. */
export const ROOT: string
/** sha256 over src/, package-lock.json and tsconfig.json: what the bundles are built from. */
export function sourceHash(root?: string): string
