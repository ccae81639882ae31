/** Copies Contentlayer's documents into the build folder (scripts/snapshot-content.mjs). */
export function snapshotContent(): void;
