import { useTranslations } from 'next-intl';
import { otherLocale, type Locale } from '@/lib/site';

type Props = { locale: Locale; href: string };

/** A plain link to this page's counterpart in the other language: works without JavaScript. */
export function LanguageSwitcher({ locale, href }: Props) {
  const t = useTranslations('LanguageSwitcher');
  const other = otherLocale(locale);
  return (
    <a href={href} hrefLang={other} lang={other} className="language-switcher" aria-label={t('switchToLong')}>
      {t('switchTo')}
    </a>
  );
}
