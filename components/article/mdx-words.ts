import { createTranslator } from 'next-intl';
import type { Locale } from '@/lib/site';
import en from '@/messages/en.json';
import sv from '@/messages/sv.json';
import type { MdxEnvironment } from './mdx-components';

const MESSAGES = { sv, en };

/**
 * The words inside an article's body (read-more links, fact boxes, footnotes), in the language
 * the article is written in: a Swedish article under the English interface keeps Swedish words
 * in its text, an English translation gets English ones.
 */
export function mdxWords(locale: Locale): MdxEnvironment['words'] {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'Article' });
  return { readMoreAbout: (topic) => t('readMoreAbout', { topic }), factBox: t('factBox'), footnotes: t('footnotes'), footnoteBack: t('footnoteBack') };
}
