// Which files of the Pagefind index (scripts/build-search-index.mjs) may be served, and how.
// No I/O here: app/pagefind/[...path]/route.ts reads the file.

const CONTENT_TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8',
  wasm: 'application/wasm',
  // Pagefind's own gzip-framed binaries: its script unpacks them, so no Content-Encoding is sent.
  pagefind: 'application/octet-stream',
  pf_meta: 'application/octet-stream',
  pf_index: 'application/octet-stream',
  pf_fragment: 'application/octet-stream',
  pf_filter: 'application/octet-stream',
};

// Their names carry a content hash: a new index writes new names, so they never change in place.
const HASHED = new Set(['pf_meta', 'pf_index', 'pf_fragment', 'pf_filter']);

/** A year, immutable, for hashed files; entry files (script, WebAssembly, entry JSON) are revalidated. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'public, max-age=0, must-revalidate';

// One path segment: letters, digits, `_`, `-` and dots, not starting with a dot (so never `.` or `..`).
const SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9_.-]*$/;

export type SearchFile = { segments: string[]; contentType: string; cacheControl: string };

/**
 * The file a request under /pagefind/ names, or null when it must be a 404: a traversal attempt
 * (`..`, an encoded slash or backslash, an absolute path, an empty segment) or a kind of file the
 * index does not have. `segments` are the route's already-decoded path segments.
 */
export function searchFile(segments: readonly string[]): SearchFile | null {
  if (segments.length === 0 || segments.length > 4) return null;
  if (!segments.every((segment) => SEGMENT.test(segment))) return null;
  const name = segments[segments.length - 1]!;
  const extension = /\.([a-z_]+)$/.exec(name)?.[1];
  const contentType = extension ? CONTENT_TYPES[extension] : undefined;
  if (!extension || !contentType) return null;
  return { segments: [...segments], contentType, cacheControl: HASHED.has(extension) ? IMMUTABLE : REVALIDATE };
}
