// Build-time only (contentlayer.config.ts): reads content images from disk. Pages never import
// this; they get the resolved images from Contentlayer's documents.
import fs from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import { MEDIA_URL_PREFIX, type MediaImage } from '../content/media';

/** Where editors' content lives; a benchmark or a test fixture may point the build elsewhere. */
export const contentDir = process.env.CONTENT_DIR ?? 'content';

/**
 * Resolves an image path written relative to a content file (`./bilder/x.jpg`) to the URL it is
 * served from and its pixel size, so pages can reserve its space before it loads.
 */
export function resolveContentImage(sourceFileDir: string, relativeSrc: string): MediaImage {
  const contentPath = path.posix.normalize(path.posix.join(sourceFileDir, relativeSrc));
  if (contentPath.startsWith('..')) throw new Error(`the image "${relativeSrc}" lies outside the content folder`);
  const file = path.join(contentDir, contentPath);
  if (!fs.existsSync(file)) throw new Error(`the image file "${relativeSrc}" does not exist (looked for ${file})`);
  const { width, height } = imageSize(fs.readFileSync(file));
  if (!width || !height) throw new Error(`the image "${relativeSrc}" has no readable size`);
  return { src: `${MEDIA_URL_PREFIX}/${contentPath}`, width, height };
}
