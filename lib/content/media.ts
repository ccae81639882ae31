// Served images as pages use them. Reading image files is the build's job: lib/build/content-images.ts.

/** Content images are copied here (scripts/sync-media.mjs) and served from `/media/…`. */
export const MEDIA_URL_PREFIX = '/media';

export type MediaImage = { src: string; width: number; height: number };

/** Narrows a Contentlayer `json` field (typed `any`) to a served image. */
export function isMediaImage(value: unknown): value is MediaImage {
  if (typeof value !== 'object' || value === null) return false;
  const { src, width, height } = value as Record<string, unknown>;
  return typeof src === 'string' && typeof width === 'number' && typeof height === 'number';
}
