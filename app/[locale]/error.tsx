'use client';

import { useParams } from 'next/navigation';
import en from '@/messages/en.json';
import sv from '@/messages/sv.json';

// An error boundary must be a client component; it takes its words from the message files
// directly, so no translation runtime is shipped for it.
const WORDS = { sv: sv.Error, en: en.Error };

type Props = { error: Error & { digest?: string }; reset: () => void };

export default function ErrorPage({ reset }: Props) {
  const { locale } = useParams<{ locale: string }>();
  const words = locale === 'en' ? WORDS.en : WORDS.sv;
  return (
    <main id="main" className="site-main">
      <div className="page-width">
        <h1 className="page-title">{words.title}</h1>
        <p className="page-intro">{words.text}</p>
        <button type="button" className="button" onClick={reset}>
          {words.retry}
        </button>
      </div>
    </main>
  );
}
