import { inflateRawSync } from 'node:zlib';

/** Uncompressed bytes a .docx or .xlsx upload may unpack to: a long policy document or a big roster is a few MB. */
export const MAX_UNZIPPED_BYTES = 20 * 1_048_576;
const MAX_ENTRIES = 2_000;

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

/**
 * Checks what a zip (a .docx, an .xlsx) really unpacks to before a library opens it: every entry is inflated, with
 * the output capped at what is left of `limit`, so a "zip bomb" is refused after at most `limit` bytes of work and
 * memory, whatever sizes the archive declares. Returns why the file is refused, or null.
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
  if (entries > MAX_ENTRIES) return `more than ${MAX_ENTRIES} files inside`;
  let offset = bytes.readUInt32LE(end + 16);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== CENTRAL_FILE_HEADER)
      return 'damaged zip directory';
    const method = bytes.readUInt16LE(offset + 10);
    const compressed = bytes.readUInt32LE(offset + 20);
    const localHeader = bytes.readUInt32LE(offset + 42);
    if (compressed === 0xffffffff || localHeader === 0xffffffff) return 'zip64 archives are not accepted';
    if (localHeader + 30 > bytes.length || bytes.readUInt32LE(localHeader) !== LOCAL_FILE_HEADER)
      return 'damaged zip entry';
    const dataStart = localHeader + 30 + bytes.readUInt16LE(localHeader + 26) + bytes.readUInt16LE(localHeader + 28);
    if (dataStart + compressed > bytes.length) return 'damaged zip entry';
    const data = bytes.subarray(dataStart, dataStart + compressed);
    const remaining = limit - total;
    if (method === STORED) {
      total += data.length;
    } else if (method === DEFLATED) {
      try {
        total += inflateRawSync(data, { maxOutputLength: Math.max(1, remaining + 1) }).length;
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return tooBig(limit);
        return 'damaged compressed data';
      }
    } else {
      return `unsupported compression method ${method}`;
    }
    if (total > limit) return tooBig(limit);
    offset += 46 + bytes.readUInt16LE(offset + 28) + bytes.readUInt16LE(offset + 30) + bytes.readUInt16LE(offset + 32);
  }
  return null;
}

const tooBig = (limit: number) => `unpacks to more than ${Math.round(limit / 1_048_576)} MB`;
