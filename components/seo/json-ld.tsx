import { serializeJsonLd, type JsonLd as JsonLdData } from '@/lib/seo/structured-data';

type Props = { data: JsonLdData | JsonLdData[] };

/** Structured data for search engines; a data block, not a script the browser runs. */
export function JsonLd({ data }: Props) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
