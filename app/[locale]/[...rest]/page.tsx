import { notFound } from 'next/navigation';
import { pageLocale } from '@/i18n/params';

type Props = { params: Promise<{ locale: string; rest: string[] }> };

// Any path no route claims: the 404 page in the reader's language.
export default async function UnknownPage({ params }: Props) {
  await pageLocale(params);
  notFound();
}
