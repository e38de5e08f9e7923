/** Word, PowerPoint and OpenDocument text documents. */
export { readDocx } from './docx.js';
export { readPptx } from './pptx.js';
export { readOdt } from './odt.js';
