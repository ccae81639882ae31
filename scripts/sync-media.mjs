// Copies the images that editors keep next to their articles (content/**/bilder/*.jpg, portraits)
// into public/media/, where next/image can optimize them. public/media/ is generated and ignored by git.
import fs from 'node:fs';
import path from 'node:path';

const contentDir = process.env.CONTENT_DIR ?? 'content';
const target = path.join('public', 'media');
const IMAGE = /\.(jpe?g|png|webp|avif|gif)$/i;

// A test build (MEDIA_SYNC=add) only adds what is missing: public/media/ is shared by every build
// folder, and the images `npm start` serves must stay the editors'.
const addOnly = process.env.MEDIA_SYNC === 'add';
if (!addOnly) fs.rmSync(target, { recursive: true, force: true });
let copied = 0;
for (const entry of fs.readdirSync(contentDir, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !IMAGE.test(entry.name)) continue;
  const source = path.join(entry.parentPath, entry.name);
  const destination = path.join(target, path.relative(contentDir, source));
  if (addOnly && fs.existsSync(destination)) continue;
  fs.mkdirSync(path.dirname(destination), { recursive: true });
  fs.copyFileSync(source, destination);
  copied += 1;
}
console.log(`media: ${copied} image${copied === 1 ? '' : 's'} from ${contentDir}/ to ${target}/`);
