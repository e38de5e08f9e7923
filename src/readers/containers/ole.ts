/**
 * OLE compound files that are not legacy Excel workbooks. An encrypted Office document (xlsx,
 * docx or pptx saved with a password) is such a container holding EncryptionInfo and
 * EncryptedPackage streams, whatever its name: say so. Anything else (legacy .doc/.ppt, .msg)
 * is a format the gate cannot read and may hold data: not inspected.
 */
import { oleHasStream } from '../spreadsheet/compound-file.js';
import { ReadError, type Reader } from '../types.js';

export const readOle: Reader = async (input) => {
  const buf = await input.buffer();
  if (oleHasStream(buf, 'EncryptionInfo') || oleHasStream(buf, 'EncryptedPackage')) {
    throw new ReadError('password-protected', 'an encrypted Office document');
  }
  if (oleHasStream(buf, 'WordDocument')) throw new ReadError('unsupported-format', 'a legacy Word document (.doc)');
  if (oleHasStream(buf, '__properties_version1.0'))
    throw new ReadError('unsupported-format', 'an Outlook message (.msg); save it as .eml, which is read with its attachments');
  if (oleHasStream(buf, 'PowerPoint Document')) throw new ReadError('unsupported-format', 'a legacy PowerPoint file (.ppt)');
  throw new ReadError('unsupported-format', 'an OLE compound file of unknown kind');
};
