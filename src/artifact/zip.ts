/**
 * Reads the one file of an artifact zip, as untrusted input: exactly one entry with the expected
 * name, stored or deflated, no encryption, no zip64, the declared size under the cap before
 * inflating and the inflated size equal to it (inflation stops at the cap: a zip bomb costs the
 * cap, not the memory), and the CRC-32 checked. https://pkware.cachefly.net/webdocs/casestudies/APPNOTE.TXT
 */
import { crc32, inflateRawSync } from 'node:zlib';

export class ZipRefused extends Error {}

const eocdSignature = 0x06054b50;
const zip64LocatorSignature = 0x07064b50;
const centralSignature = 0x02014b50;
const localSignature = 0x04034b50;

export function readSingleEntry(zip: Buffer, name: string, maxBytes: number): Buffer {
  const eocd = findEndOfCentralDirectory(zip);
  if (eocd >= 20 && zip.readUInt32LE(eocd - 20) === zip64LocatorSignature)
    throw new ZipRefused('it is a zip64 archive');
  const disk = zip.readUInt16LE(eocd + 4);
  const entries = zip.readUInt16LE(eocd + 10);
  const centralOffset = zip.readUInt32LE(eocd + 16);
  if (entries === 0xffff || centralOffset === 0xffffffff) throw new ZipRefused('it is a zip64 archive');
  if (disk !== 0) throw new ZipRefused('it spans several disks');
  if (entries !== 1) throw new ZipRefused(`it holds ${entries} entries, not one`);
  const central = within(zip, centralOffset, 46);
  if (zip.readUInt32LE(central) !== centralSignature)
    throw new ZipRefused('its central directory is damaged');
  const flags = zip.readUInt16LE(central + 8);
  const method = zip.readUInt16LE(central + 10);
  const crc = zip.readUInt32LE(central + 16);
  const compressedSize = zip.readUInt32LE(central + 20);
  const size = zip.readUInt32LE(central + 24);
  const nameLength = zip.readUInt16LE(central + 28);
  const localOffset = zip.readUInt32LE(central + 42);
  const entryName = zip
    .subarray(within(zip, central + 46, nameLength), central + 46 + nameLength)
    .toString('utf8');
  if (flags & 0x41) throw new ZipRefused('its entry is encrypted');
  if (compressedSize === 0xffffffff || size === 0xffffffff || localOffset === 0xffffffff)
    throw new ZipRefused('it is a zip64 archive');
  if (entryName !== name)
    throw new ZipRefused(`its entry is named ${JSON.stringify(entryName.slice(0, 100))}, not ${name}`);
  if (size > maxBytes) throw new ZipRefused(`its ${name} is ${size} B, over the limit of ${maxBytes} B`);
  const local = within(zip, localOffset, 30);
  if (zip.readUInt32LE(local) !== localSignature) throw new ZipRefused('its local header is damaged');
  const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
  const data = zip.subarray(within(zip, dataStart, compressedSize), dataStart + compressedSize);
  let content: Buffer;
  if (method === 0) content = data;
  else if (method === 8) {
    try {
      content = inflateRawSync(data, { maxOutputLength: maxBytes });
    } catch (error) {
      throw new ZipRefused(
        (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE'
          ? `its ${name} inflates past the limit of ${maxBytes} B`
          : `its ${name} does not inflate: ${(error as Error).message}`,
      );
    }
  } else
    throw new ZipRefused(`its entry uses compression method ${method} (only stored and deflate are read)`);
  if (content.length !== size)
    throw new ZipRefused(`its ${name} is ${content.length} B, not the ${size} B declared`);
  if (crc32(content) !== crc) throw new ZipRefused(`its ${name} fails the CRC-32 check`);
  return content;
}

function findEndOfCentralDirectory(zip: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535.
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === eocdSignature) return at;
  }
  throw new ZipRefused('it is not a zip archive');
}

/** `offset`, when `length` bytes from it lie inside the archive. */
function within(zip: Buffer, offset: number, length: number): number {
  if (offset + length > zip.length) throw new ZipRefused('it is truncated');
  return offset;
}
