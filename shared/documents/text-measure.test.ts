import { describe, expect, it } from 'vitest';
import { lineHeight, textWidth, wrapBalanced, wrapText } from './text-measure';

describe('textWidth', () => {
  it('adds advance widths: digits are tabular, the condensed face is narrower', () => {
    expect(textWidth('0', 'cond', 10)).toBeCloseTo(textWidth('8', 'cond', 10), 6);
    expect(textWidth('JUMLAH AKHIR', 'cond-bold', 7)).toBeLessThan(textWidth('JUMLAH AKHIR', 'sans-bold', 7));
    expect(textWidth('', 'sans', 9)).toBe(0);
    expect(textWidth('ab', 'sans', 10)).toBeCloseTo(textWidth('a', 'sans', 10) + textWidth('b', 'sans', 10), 6);
  });

  it('never underestimates a character it has no width for', () => {
    expect(textWidth('中', 'sans', 10)).toBeGreaterThanOrEqual(textWidth('W', 'sans', 10));
  });

  it('gives the line height pdfkit uses (ascender - descender)', () => {
    expect(lineHeight('sans', 10)).toBeCloseTo(11.64, 2);
  });
});

describe('wrapText', () => {
  const label = 'Jumlah surat suara yang dikembalikan oleh pemilih karena rusak/keliru coblos';

  it('keeps every line within the width and every word in order', () => {
    for (const w of [60, 100, 165, 300]) {
      const lines = wrapText(label, 'cond', 8, w);
      for (const l of lines) expect(textWidth(l, 'cond', 8)).toBeLessThanOrEqual(w);
      expect(lines.join(' ').replace(/\/ /g, '/')).toBe(label);
    }
  });

  it('breaks after a slash or hyphen and cuts a word longer than the line', () => {
    expect(wrapText('rusak/keliru', 'cond', 8, textWidth('rusak/', 'cond', 8) + 1)).toEqual(['rusak/', 'keliru']);
    const cut = wrapText('SIDOMULYOKULONPERBATASAN', 'cond-bold', 7, 30);
    expect(cut.length).toBeGreaterThan(1);
    expect(cut.map((l) => l.replace(/-$/, '')).join('')).toBe('SIDOMULYOKULONPERBATASAN');
    for (const l of cut) expect(textWidth(l, 'cond-bold', 7)).toBeLessThanOrEqual(30);
  });

  it('cuts a long name at a syllable with a hyphen, keeping ng/ny together', () => {
    const w = textWidth('KARANGTE', 'cond-bold', 5.5);
    expect(wrapText('KARANGTENGAH', 'cond-bold', 5.5, w)).toEqual(['KARANG-', 'TENGAH']);
    expect(wrapText('SUKANYARAGA', 'cond-bold', 5.5, textWidth('SUKANY-', 'cond-bold', 5.5))[0]).toBe('SUKA-');
    // No syllable fits (digits, or a line narrower than two letters and a hyphen): cut by characters, no hyphen.
    expect(wrapText('1234567890', 'cond', 8, textWidth('12345', 'cond', 8)).join('')).toBe('1234567890');
  });

  it('keeps explicit newlines and returns one empty line for empty text', () => {
    expect(wrapText('a\nb', 'sans', 9, 500)).toEqual(['a', 'b']);
    expect(wrapText('', 'sans', 9, 500)).toEqual(['']);
  });

  it('balances lines without adding any', () => {
    const title = 'BERITA ACARA DAN SERTIFIKAT REKAPITULASI HASIL PENGHITUNGAN PEROLEHAN SUARA DARI SETIAP KELURAHAN/DESA DI TINGKAT KECAMATAN';
    const greedy = wrapText(title, 'sans-bold', 9.5, 700);
    const balanced = wrapBalanced(title, 'sans-bold', 9.5, 700);
    expect(balanced).toHaveLength(greedy.length);
    const widths = balanced.map((l) => textWidth(l, 'sans-bold', 9.5));
    expect(Math.max(...widths) - Math.min(...widths)).toBeLessThan(
      Math.max(...greedy.map((l) => textWidth(l, 'sans-bold', 9.5))) - Math.min(...greedy.map((l) => textWidth(l, 'sans-bold', 9.5))),
    );
  });
});
