import { NotFoundView } from '@/components/layout/not-found-view';
import { pageLocale } from '@/i18n/params';

// The not-found page prerendered as a page of its own, for server.mjs to answer a 404 with where
// Next's own answer is an empty shell (lib/serving/not-found-page.mjs). Asked for by its address,
// server.mjs answers it with 404 as well.
export const revalidate = false;

type Props = { params: Promise<{ locale: string }> };

export default async function NotFoundPage({ params }: Props) {
  return <NotFoundView locale={await pageLocale(params)} />;
}
