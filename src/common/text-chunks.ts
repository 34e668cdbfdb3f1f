/** The first `most` characters of a text, with 「…」 when some are left out. */
export const clip = (text: string, most = 40) => (text.length > most ? `${text.slice(0, most)}…` : text);

/**
 * Splits text into pieces of at most `maxBytes` UTF-8 bytes, never inside a character, preferring to cut after a
 * line break, then after sentence punctuation.
 */
export function splitUtf8(text: string, maxBytes: number): string[] {
  const chunks: string[] = [];
  let rest = text;
  while (Buffer.byteLength(rest, 'utf8') > maxBytes) {
    const fit = longestPrefixWithin(rest, maxBytes);
    const cut = preferredCut(fit);
    chunks.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest.length > 0 || chunks.length === 0) chunks.push(rest);
  return chunks;
}

function longestPrefixWithin(text: string, maxBytes: number): string {
  let bytes = 0;
  let end = 0;
  for (const char of text) {
    const size = Buffer.byteLength(char, 'utf8');
    if (bytes + size > maxBytes) break;
    bytes += size;
    end += char.length;
  }
  return text.slice(0, end);
}

function preferredCut(fit: string): number {
  const floor = Math.floor(fit.length * 0.6);
  const newline = fit.lastIndexOf('\n');
  if (newline >= floor) return newline + 1;
  const sentence = Math.max(...['。', '！', '？', '；', '. '].map((mark) => fit.lastIndexOf(mark)));
  if (sentence >= floor) return sentence + 1;
  return fit.length;
}
