import type messages from '../messages/sv.json';
import type { routing } from './routing';
import type { dateTimeFormats } from '@/lib/dates';

// Typed messages: a key missing from sv.json is a compile error.
declare module 'next-intl' {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: typeof messages;
    Formats: { dateTime: typeof dateTimeFormats };
  }
}
