/**
 * Text boxes and shapes drawn over a sheet (xl/drawings/drawing*.xml, DrawingML <a:t> runs):
 * notes typed into a shape are invisible to a cell reader. Each drawing's text is pushed as
 * prose (surface 'text') with the sheet that shows it.
 */
import type { ContentSink } from '../../types.js';
import type { SheetRef } from '../sheets.js';
import { parseRelationships, parseXml, partsMatching, relsPathOf, resolveTarget } from '../xml.js';

/** Paragraph texts of one drawing part, in document order. */
export function drawingTexts(data: Uint8Array): string[] {
  const paragraphs: string[] = [];
  let inText = false;
  let paragraph = '';
  parseXml(data, {
    open(name) {
      if (name === 't') inText = true;
      else if (name === 'p') paragraph = '';
    },
    text(t) {
      if (inText) paragraph += t;
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'p' && paragraph.trim()) {
        paragraphs.push(paragraph);
        paragraph = '';
      }
    },
  });
  return paragraphs;
}

export function pushDrawingTexts(
  files: ReadonlyMap<string, Uint8Array>,
  sheetParts: ReadonlyMap<SheetRef, string>,
  sink: ContentSink,
  entry?: string,
): void {
  const sheetOfDrawing = new Map<string, SheetRef>();
  for (const [sheet, part] of sheetParts) {
    for (const rel of parseRelationships(files.get(relsPathOf(part)))) {
      if (!rel.external && /\/drawing$/.test(rel.type)) sheetOfDrawing.set(resolveTarget(part, rel.target), sheet);
    }
  }
  for (const path of partsMatching(files, /^xl\/drawings\/[^/]+\.xml$/i)) {
    const texts = drawingTexts(files.get(path)!);
    if (!texts.length) continue;
    const sheet = sheetOfDrawing.get(path);
    sink.prose(texts.join('\n'), { surface: 'text', entry, sheet: sheet?.name, sheetState: sheet?.state });
  }
}
