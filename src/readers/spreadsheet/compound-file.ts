/**
 * OLE compound files (.xls, encrypted Office files): recognising one and finding a stream in it
 * by name, without loading SheetJS (the streaming .xlsx path and the OLE container reader need
 * only this).
 */

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function isOle(buf: Uint8Array): boolean {
  return buf.length >= 8 && OLE_MAGIC.every((b, i) => buf[i] === b);
}

/**
 * Whether an OLE compound file has a stream or storage with this name. Directory entries are
 * 128 bytes, sector-aligned, and begin with the UTF-16LE name followed (at +64) by its byte length
 * including the terminator: matching that shape avoids parsing the whole container.
 */
export function oleHasStream(buf: Buffer, name: string): boolean {
  const needle = Buffer.from(`${name}\0`, 'utf16le');
  let at = buf.indexOf(needle, 512);
  while (at >= 0) {
    if (at % 128 === 0 && at + 66 <= buf.length && buf.readUInt16LE(at + 64) === needle.length) return true;
    at = buf.indexOf(needle, at + 2);
  }
  return false;
}
