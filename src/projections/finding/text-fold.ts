// Norwegian letters fold to their ASCII spelling so that "skrøpelig" and "skropelig" find "Skrøpelige".
const NORWEGIAN_LETTERS: Readonly<Record<string, string>> = { æ: 'ae', ø: 'o', å: 'a' };

/** Text as a search compares it: lower case, accents and æ/ø/å folded, runs of space as one. */
export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .replace(/[æøå]/g, (letter) => NORWEGIAN_LETTERS[letter] ?? letter)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether every word of the query occurs in one of the texts (folded both sides). */
export function matchesText(query: string, texts: readonly (string | null)[]): boolean {
  const words = foldForSearch(query)
    .split(' ')
    .filter((word) => word !== '');
  const haystack = texts
    .filter((text): text is string => text !== null)
    .map(foldForSearch)
    .join('\n');
  return words.every((word) => haystack.includes(word));
}
