// Norwegian letters get their customary ASCII spelling; other accents are dropped (é -> e).
const LETTER_SPELLINGS: Readonly<Record<string, string>> = { æ: 'ae', ø: 'o', å: 'a' };

/** Lowercase ASCII words joined by "-", at most `maxLength` characters, no leading or trailing "-". */
export function slugify(text: string, maxLength = 100): string {
  const ascii = text
    .toLowerCase()
    .replace(/[æøå]/g, (letter) => LETTER_SPELLINGS[letter] ?? letter)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
  return ascii
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
}
