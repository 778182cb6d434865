import QRCode, { type QRCodeSegment } from 'qrcode';

/** The modules of a QR code for `teks` (error correction M), row by row: true = dark. */
export function modulQr(teks: string): boolean[][] {
  // The page codes (REKAP-HASIL:<kode>:<J>:<n>/<m>:<sidik>:<HEX>) are nearly all in QR's alphanumeric set: runs
  // of that mode and bytes for the rest (the _ of DPRD_PROV), instead of the library's search for the shortest
  // mix of modes on every page (a big kecamatan prints ~3000 pages).
  const segmen = (teks.match(/[0-9A-Z $%*+\-./:]+|[^0-9A-Z $%*+\-./:]+/g) ?? []).map(
    (data): QRCodeSegment => (/^[0-9A-Z $%*+\-./:]/.test(data) ? { data, mode: 'alphanumeric' } : { data: Buffer.from(data, 'utf8'), mode: 'byte' }),
  );
  const qr = QRCode.create(segmen.length > 0 ? segmen : teks, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const rows: boolean[][] = [];
  for (let r = 0; r < n; r++) {
    const row: boolean[] = [];
    for (let c = 0; c < n; c++) row.push(qr.modules.get(r, c) !== 0);
    rows.push(row);
  }
  return rows;
}

/** The part of a pdfkit document drawQr uses. */
export interface KanvasQr {
  rect(x: number, y: number, w: number, h: number): KanvasQr;
  fill(color?: string): KanvasQr;
}

/**
 * Draws a QR code of `teks` as filled squares in a `ukuran`-point square at (x, y), keeping a quiet zone of
 * two modules inside the square (white paper around it does the rest). Adjacent dark modules of a row are one
 * rectangle, so the PDF stays small and has no hairline gaps.
 */
export function drawQr(doc: KanvasQr, teks: string, x: number, y: number, ukuran: number): void {
  const m = modulQr(teks);
  const n = m.length;
  const s = ukuran / (n + 4);
  const x0 = x + 2 * s;
  const y0 = y + 2 * s;
  m.forEach((row, r) => {
    let c = 0;
    while (c < n) {
      if (!row[c]) {
        c++;
        continue;
      }
      let e = c;
      while (e < n && row[e]) e++;
      doc.rect(x0 + c * s, y0 + r * s, (e - c) * s, s);
      c = e;
    }
  });
  doc.fill('#000000');
}
