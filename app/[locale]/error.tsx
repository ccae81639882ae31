'use client';

import { useParams } from 'next/navigation';
import words from '@/messages/error.json';

// An error boundary must be a client component, so its words travel to every reader's browser.
// They live in their own small message file: importing sv.json and en.json here shipped both
// whole, about 6 KB of gzip JavaScript on every page.

type Props = { error: Error & { digest?: string }; reset: () => void };

export default function ErrorPage({ reset }: Props) {
  const { locale } = useParams<{ locale: string }>();
  const text = locale === 'en' ? words.en : words.sv;
  return (
    <main id="main" className="site-main">
      <div className="page-width">
        <h1 className="page-title">{text.title}</h1>
        <p className="page-intro">{text.text}</p>
        <button type="button" className="button" onClick={reset}>
          {text.retry}
        </button>
      </div>
    </main>
  );
}
