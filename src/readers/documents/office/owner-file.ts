/**
 * Office owner ("lock") files, `~$name.xlsx`: Word, Excel and PowerPoint leave one beside a
 * document while it is open, holding the name of the user who opened it. That is document
 * metadata, like a document's author (LibreOffice's `.~lock.name#` files too): observed (a notice when it names a person), never a block.
 */
import { lockFileNames, ownerNames } from '../../signatures.js';
import type { Reader } from '../../types.js';

export const readOfficeOwner: Reader = async (input, sink) => {
  const data = Buffer.from(await input.buffer());
  const names = ownerNames(data) ?? lockFileNames(data) ?? [];
  for (const value of names)
    sink.observe({ kind: 'document-author', where: 'Office owner (lock) file user name', entry: input.entry, value });
};
