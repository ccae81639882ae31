import type { Metadata } from 'next';
import { NotFoundContent } from '@/components/layout/not-found-content';
import messages from '@/messages/sv.json';
import { site } from '@/lib/site';
import { fontVariables } from './fonts';
import './globals.css';

export const metadata: Metadata = { title: `${messages.NotFound.title} – ${site.name}`, robots: { index: false } };

// Requests outside every locale route (a path with a dot that is no file) land here: Swedish, the default.
export default function RootNotFound() {
  return (
    <html lang="sv" className={fontVariables}>
      <body>
        <main id="main" className="site-main">
          <NotFoundContent locale="sv" words={messages.NotFound} />
        </main>
      </body>
    </html>
  );
}
