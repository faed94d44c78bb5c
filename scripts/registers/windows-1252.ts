/**
 * Text as windows-1252 bytes, the encoding DUO publishes in. Node has no encoder for it (`latin1` puts
 * `’` nowhere), so: Latin-1 for the characters they share, the table below for the 0x80–0x9F ones.
 */
const HIGH: Record<string, number> = { '€': 0x80, '‚': 0x82, '„': 0x84, '…': 0x85, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97 };

export function encodeWindows1252(text: string): Buffer {
  const bytes = Buffer.alloc(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const high = HIGH[text[i]];
    if (high !== undefined) bytes[i] = high;
    else if (c < 0x80 || (c >= 0xa0 && c <= 0xff)) bytes[i] = c;
    // A character DUO's files cannot hold would be a bug of the generator, not a '?' in the file.
    else throw new Error(`"${text[i]}" has no windows-1252 byte`);
  }
  return bytes;
}
