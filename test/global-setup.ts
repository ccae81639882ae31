import path from 'node:path';
import { generateContent } from './generate-content.mjs';

/** The unit tests' documents: Contentlayer's output of the fixture site, never of content/. */
export const UNIT_WORKSPACE = path.join(import.meta.dirname, '.generated', 'unit');
export const FIXTURE_SITE = path.join(import.meta.dirname, 'fixtures', 'site');

export default function setup() {
  generateContent({ contentDir: FIXTURE_SITE, workspace: UNIT_WORKSPACE });
}
