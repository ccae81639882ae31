'use client';

import words from '@/messages/error.json';
import './globals.css';

// The last resort when even the layout fails: Swedish, the site's default language.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="sv">
      <body>
        <main id="main" className="site-main">
          <div className="page-width">
            <h1 className="page-title">{words.sv.title}</h1>
            <p className="page-intro">{words.sv.text}</p>
            <button type="button" className="button" onClick={reset}>
              {words.sv.retry}
            </button>
          </div>
        </main>
      </body>
    </html>
  );
}
