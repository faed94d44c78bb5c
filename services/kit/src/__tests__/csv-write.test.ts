import { readCsv } from '../csv';
import { neutraliseFormula, restoreNeutralised, writeCsv } from '../csv-write';

describe('writeCsv: the one CSV writer of the exports', () => {
  it('neutralises cells a spreadsheet would run as a formula, with a leading quote (OWASP)', () => {
    for (const formula of ['=HYPERLINK("http://x","klik")', '+cmd|x', '-2+3', '@SUM(A1)', '\tx', '\rx', '=1']) expect(neutraliseFormula(formula)).toBe(`'${formula}`);
  });

  it('keeps plain numbers, negative ones included, and ordinary text', () => {
    for (const value of ['-12.50', '-3', '0.5', '1943621.00', '-1,5', '<5', 'x', '', 'GM0556', 'Samen Leren']) expect(neutraliseFormula(value)).toBe(value);
  });

  it('quotes separators, quotes and line breaks, so the reader gets every cell back', () => {
    const rows = [['a;b', 'say "hi"', 'two\nlines', 'cr\rhere', '=HYPERLINK("x")', '-12.50']];
    const text = writeCsv(['one', 'two', 'three', 'four', 'five', 'six'], rows);
    expect(text.endsWith('\n')).toBe(false);
    const back = readCsv(text, ';');
    expect(back.rows[0].values).toEqual({ one: 'a;b', two: 'say "hi"', three: 'two\nlines', four: 'cr\rhere', five: `'=HYPERLINK("x")`, six: '-12.50' });
  });

  it('writes ordinary data exactly as joined by hand, so existing files stay byte for byte the same', () => {
    expect(writeCsv(['kind', 'amount', 'note'], [['line', '17500.00', ''], ['total', '-5.00', 'Deel A']])).toBe('kind;amount;note\nline;17500.00;\ntotal;-5.00;Deel A');
  });
});

describe('restoreNeutralised: an import of an exported file reads the text back as it was', () => {
  it('takes off the quote before a formula start only', () => {
    expect(restoreNeutralised(neutraliseFormula('+ inkomsten pm'))).toBe('+ inkomsten pm');
    expect(restoreNeutralised("'s-Hertogenbosch")).toBe("'s-Hertogenbosch");
    expect(restoreNeutralised('-12.50')).toBe('-12.50');
  });
});
