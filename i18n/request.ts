import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { dateTimeFormats, TIME_ZONE } from '@/lib/dates';
import { routing } from './routing';

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    messages: (await import(`../messages/${locale}.json`)).default,
    // Without a zone, a date would be shown in the server's zone: one day early west of UTC.
    timeZone: TIME_ZONE,
    formats: { dateTime: dateTimeFormats },
  };
});
