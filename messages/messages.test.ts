import { describe, expect, it } from 'vitest';
import en from './en.json';
import errorWords from './error.json';
import sv from './sv.json';

function keys(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('message files', () => {
  it('have exactly the same keys in Swedish and English', () => {
    expect(keys(en).sort()).toEqual(keys(sv).sort());
  });

  it('have no empty message', () => {
    for (const [name, messages] of Object.entries({ sv, en })) {
      const empty = keys(messages).filter((key) => {
        const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages);
        return typeof value !== 'string' || value.trim() === '';
      });
      expect(empty, `${name}.json`).toEqual([]);
    }
  });

  it('give the error pages the same words in both languages (messages/error.json)', () => {
    expect(keys(errorWords.en).sort()).toEqual(keys(errorWords.sv).sort());
    expect(keys(errorWords.sv).sort()).toEqual(['retry', 'text', 'title']);
    for (const words of [errorWords.sv, errorWords.en]) for (const value of Object.values(words)) expect(value.trim()).not.toBe('');
  });
});
