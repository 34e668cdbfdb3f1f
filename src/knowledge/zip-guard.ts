/** Uncompressed bytes a .docx may unpack to: a long policy document is a few MB. */
export const MAX_UNZIPPED_BYTES = 20 * 1_048_576;

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;

/**
 * Checks a zip's declared sizes before anything is inflated: a few hundred KB can unpack to gigabytes
 * (a "zip bomb"). Returns why the file is refused, or null.
 */
export function zipProblem(bytes: Buffer, limit = MAX_UNZIPPED_BYTES): string | null {
  const searchFrom = Math.max(0, bytes.length - 22 - 65_535);
  let end = -1;
  for (let i = bytes.length - 22; i >= searchFrom; i--) {
    if (bytes.readUInt32LE(i) === END_OF_CENTRAL_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) return 'not a zip archive';
  const entries = bytes.readUInt16LE(end + 10);
  let offset = bytes.readUInt32LE(end + 16);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== CENTRAL_FILE_HEADER)
      return 'damaged zip directory';
    const uncompressed = bytes.readUInt32LE(offset + 24);
    if (uncompressed === 0xffffffff) return 'zip64 archives are not accepted';
    total += uncompressed;
    if (total > limit) return `unpacks to more than ${Math.round(limit / 1_048_576)} MB`;
    offset += 46 + bytes.readUInt16LE(offset + 28) + bytes.readUInt16LE(offset + 30) + bytes.readUInt16LE(offset + 32);
  }
  return null;
}
