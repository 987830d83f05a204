/**
 * Tar bytes written by hand, field by field, so tests can make headers no tar tool would write:
 * negative, huge, base-256 or non-numeric sizes, pax records with any value, names of any bytes.
 * https://pubs.opengroup.org/onlinepubs/9699919799/utilities/pax.html#tag_20_92_13_06
 */

export const tarBlock = 512;

export interface RawHeader {
  /** The name field's bytes (up to 100); longer names go in a pax or GNU record. */
  name: string | Buffer;
  /** A number (written in octal), or the raw 12 bytes of the size field. */
  size?: number | Buffer;
  /** The type flag: '0' file, '5' directory, '2' symlink, 'x' pax, 'L' GNU long name... */
  type?: string;
  linkname?: string;
  /** The ustar prefix field (155 bytes), for names split in two. */
  prefix?: string;
}

/** One 512-byte header with a correct checksum. */
export function rawHeader(fields: RawHeader): Buffer {
  const header = Buffer.alloc(tarBlock);
  const name = typeof fields.name === 'string' ? Buffer.from(fields.name) : fields.name;
  name.copy(header, 0, 0, Math.min(name.length, 100));
  header.write('0000644\0', 100);
  header.write('0000000\0', 108);
  header.write('0000000\0', 116);
  const size = fields.size ?? 0;
  if (typeof size === 'number') header.write(`${size.toString(8).padStart(11, '0')}\0`, 124);
  else size.copy(header, 124, 0, 12);
  header.write('00000000000\0', 136);
  header.write(fields.type ?? '0', 156);
  if (fields.linkname) header.write(fields.linkname.slice(0, 100), 157);
  header.write('ustar\0', 257);
  header.write('00', 263);
  if (fields.prefix) header.write(fields.prefix.slice(0, 155), 345);
  return withChecksum(header);
}

/** Writes the checksum of a header (after any change to its bytes). */
export function withChecksum(header: Buffer): Buffer {
  header.fill(0x20, 148, 156);
  let sum = 0;
  for (const byte of header) sum += byte;
  header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
  return header;
}

/** A base-256 size field (GNU): the high bit set, the value big-endian in the rest. */
export function base256Size(value: bigint): Buffer {
  const field = Buffer.alloc(12);
  let rest = value < 0n ? (1n << 88n) + value : value;
  for (let i = 11; i >= 1; i--) {
    field[i] = Number(rest & 0xffn);
    rest >>= 8n;
  }
  field[0] = 0x80 | (value < 0n ? 0x7f : Number(rest & 0x3fn));
  return field;
}

/** Data padded to whole blocks. */
export function padded(data: Buffer): Buffer {
  return Buffer.concat([data, Buffer.alloc((tarBlock - (data.length % tarBlock)) % tarBlock)]);
}

/** A pax extended header (type x) holding the records, each `<len> key=value\n`. */
export function paxHeader(records: Record<string, string>): Buffer {
  const body = Buffer.concat(
    Object.entries(records).map(([key, value]) => {
      const text = ` ${key}=${value}\n`;
      const base = Buffer.byteLength(text);
      let length = base + 1;
      while (base + String(length).length !== length) length = base + String(length).length;
      return Buffer.from(`${length}${text}`);
    }),
  );
  return Buffer.concat([rawHeader({ name: 'PaxHeader', size: body.length, type: 'x' }), padded(body)]);
}

/** A regular file entry (header and padded data). */
export function fileEntry(name: string | Buffer, content: Buffer | string = ''): Buffer {
  const data = Buffer.from(content);
  return Buffer.concat([rawHeader({ name, size: data.length }), padded(data)]);
}

/** The end-of-archive marker: two zero blocks. */
export const endOfArchive = (): Buffer => Buffer.alloc(2 * tarBlock);

/** A whole tar of the given entries (already built) and the end marker. */
export function tarOf(...entries: Buffer[]): Buffer {
  return Buffer.concat([...entries, endOfArchive()]);
}
