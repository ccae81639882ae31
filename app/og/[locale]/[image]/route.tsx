import fs from 'node:fs/promises';
import path from 'node:path';
import { ImageResponse } from 'next/og';
import { getTranslations } from 'next-intl/server';
import { getArticles } from '@/lib/content/articles';
import { formatDate } from '@/lib/dates';
import { isLocale, site } from '@/lib/site';

// Share images (1200×630) for link previews, drawn at build time. Outside [locale]: an image
// belongs to no interface language.
export const dynamic = 'force-static';
// Rendered once per deploy; the publication schedule (lib/content/publication.ts) revalidates it when an
// article it shows is published. No interval: an unchanged page is never rendered again.
export const revalidate = false;

type Params = { locale: string; image: string };

// The newest articles' images are drawn by the build; an older one on its first request, then
// cached like any page. Drawing a thousand PNGs would double the build of a large archive.
const PRERENDERED_IMAGES = 20;

export function generateStaticParams(): Params[] {
  return (['sv', 'en'] as const).flatMap((locale) =>
    getArticles(locale)
      .filter((article) => article.locale === locale)
      .slice(0, PRERENDERED_IMAGES)
      .map((article) => ({ locale, image: `${article.urlSlug}.png` })),
  );
}

// satori reads woff but not woff2; this package ships both.
const fontDir = path.join(process.cwd(), 'node_modules/@fontsource/source-serif-4/files');
const loadFont = (weight: number) => fs.readFile(path.join(fontDir, `source-serif-4-latin-${weight}-normal.woff`));

export async function GET(_request: Request, { params }: { params: Promise<Params> }) {
  const { locale, image } = await params;
  const slug = image.endsWith('.png') ? image.slice(0, -'.png'.length) : null;
  const article = isLocale(locale) && slug ? getArticles(locale).find((candidate) => candidate.locale === locale && candidate.urlSlug === slug) : undefined;
  if (!article || !isLocale(locale)) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const [regular, bold, t] = await Promise.all([loadFont(400), loadFont(700), getTranslations({ locale, namespace: 'Site' })]);
  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: '72px 80px', background: '#fbfaf7', color: '#1b1c1e', fontFamily: 'Source Serif', borderTop: '16px solid #1c5d8c' }}>
        <div style={{ fontSize: 30, color: '#565a60' }}>{formatDate(locale, article.date)}</div>
        <div style={{ fontSize: article.title.length > 60 ? 58 : 70, fontWeight: 700, lineHeight: 1.12, letterSpacing: -1 }}>{article.title}</div>
        <div style={{ display: 'flex', justifyContent: 'space-between', fontSize: 30 }}>
          <span style={{ fontWeight: 700, color: '#1c5d8c' }}>{site.name}</span>
          <span style={{ color: '#565a60', fontSize: 24, maxWidth: 640, textAlign: 'right' }}>{t('tagline')}</span>
        </div>
      </div>
    ),
    {
      width: 1200,
      height: 630,
      fonts: [
        { name: 'Source Serif', data: regular, weight: 400, style: 'normal' },
        { name: 'Source Serif', data: bold, weight: 700, style: 'normal' },
      ],
    },
  );
}
