import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/layout/site-footer';
import { SpeculationRules } from '@/components/layout/speculation-rules';
import { metadataLocale } from '@/i18n/params';
import { routing } from '@/i18n/routing';
import { site } from '@/lib/site';
import { fontVariables } from '../fonts';
import '../globals.css';

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await metadataLocale(params);
  const t = await getTranslations({ locale, namespace: 'Site' });
  return {
    metadataBase: new URL(site.url),
    applicationName: site.name,
    description: t('description'),
  };
}

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbfaf7' },
    { media: '(prefers-color-scheme: dark)', color: '#15171b' },
  ],
};

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Layout' });
  return (
    <html lang={locale} className={fontVariables}>
      <body>
        <a href="#main" className="skip-link">
          {t('skipToContent')}
        </a>
        {children}
        <SiteFooter locale={locale} />
        <SpeculationRules />
      </body>
    </html>
  );
}
