import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayWidth, formatTextTable } from '../../src/index.js';

describe('formatTextTable', () => {
  it('pads columns and right-aligns figures', () => {
    const text = formatTextTable({
      caption: 'Reach',
      columns: [{ header: 'plan' }, { header: 'reached', align: 'right' }],
      rows: [
        ['Today', '61'],
        ['Cascade pods', '277'],
      ],
    });
    expect(text).toBe(
      [
        'Reach',
        'plan          reached',
        '------------  -------',
        'Today              61',
        'Cascade pods      277',
        '',
      ].join('\n'),
    );
  });

  it('lines up Japanese names, which take two columns a character', () => {
    const text = formatTextTable({
      caption: 'By school',
      columns: [{ header: 'school' }, { header: 'n', align: 'right' }],
      rows: [
        ['港中学校', '24'],
        ['Oak', '3'],
      ],
    });
    const lines = text.trimEnd().split('\n').slice(1);
    expect(lines).toEqual([
      'school     n',
      '--------  --',
      '港中学校  24',
      'Oak        3',
    ]);
  });

  it('gives every row the same display width when cells are right-aligned', () => {
    const cell = fc
      .string({ minLength: 1, maxLength: 12 })
      .map((s) => s.replace(/\s/g, 'x'));
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell), { maxLength: 8 }), (rows) => {
        const text = formatTextTable({
          caption: 'c',
          columns: [
            { header: 'a', align: 'right' },
            { header: 'b', align: 'right' },
          ],
          rows,
        });
        const widths = text.trimEnd().split('\n').slice(1).map(displayWidth);
        expect(new Set(widths).size).toBe(1);
      }),
    );
  });
});

describe('displayWidth', () => {
  it('counts kana, kanji and fullwidth forms as two columns', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('さくら小')).toBe(8);
    expect(displayWidth('ＡＢ')).toBe(4);
  });
});
