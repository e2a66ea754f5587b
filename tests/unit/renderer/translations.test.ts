import { describe, expect, it } from 'vitest';
import { en } from '../../../renderer/i18n/en';
import { id } from '../../../renderer/i18n/id';

/** Every string of a resource tree by its dotted key. */
function strings(tree: object, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') found.set(prefix + key, value);
    else if (typeof value === 'object' && value !== null) {
      for (const [inner, text] of strings(value as object, `${prefix}${key}.`)) found.set(inner, text);
    }
  }
  return found;
}

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{\{\s*([\w.]+)/g)].map((match) => match[1] ?? '').sort();

describe('the English and Indonesian interface', () => {
  const english = strings(en);
  const indonesian = strings(id);

  it('have the same strings', () => {
    expect([...indonesian.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('fill in the same values in each string, so a sentence never shows a placeholder in one language only', () => {
    const differing = [...english]
      .filter(
        ([key, text]) => JSON.stringify(placeholders(text)) !== JSON.stringify(placeholders(indonesian.get(key) ?? '')),
      )
      .map(([key]) => key);
    expect(differing).toEqual([]);
  });
});
