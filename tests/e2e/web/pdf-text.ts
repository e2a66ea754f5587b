import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * The text of each page of a PDF, read by Mozilla's PDF.js the way a PDF reader would: the test
 * sees what a doctor's viewer shows, not the HTML the PDF was printed from.
 */
export async function pdfPageTexts(bytes: Uint8Array): Promise<string[]> {
  // PDF.js takes ownership of (detaches) the buffer it is given, so it gets a copy.
  const document = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false })
    .promise;
  try {
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const content = await (await document.getPage(number)).getTextContent();
      pages.push(
        content.items
          .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''))
          .join('')
          .replace(/[ \t]+/g, ' '),
      );
    }
    return pages;
  } finally {
    await document.destroy();
  }
}
