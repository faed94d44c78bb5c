import { neutraliseFormula, writeCsv } from '../csv';
import { neutraliseFormula as kitNeutralise, writeCsv as kitWriteCsv } from '../../../services/kit/src/csv-write';

describe('the dashboard CSV writer', () => {
  it('neutralises what a spreadsheet would run, as the kit does, and keeps plain numbers', () => {
    for (const value of ['=HYPERLINK("http://evil")', '+cmd|calc', '-2+3', '@SUM(A1)', '\tx', '\rx', '-12.50', '3', '0,5', '<5', 'x', 'Kinderopvang \'t Nest', '€ 1.943.621,00']) {
      expect(neutraliseFormula(value)).toBe(kitNeutralise(value));
    }
    expect(neutraliseFormula('=1+1')).toBe("'=1+1");
  });

  it('writes the same file as the kit for the same table', () => {
    const columns = ['Wijk', 'Geplaatst', 'Opmerking'];
    const rows = [
      ['WK098401', '19', 'met ; puntkomma'],
      ['WK098402', '<5', 'met "aanhalingstekens"'],
      ['=evil()', 'x', 'regel\nerbij'],
    ];
    expect(writeCsv(columns, rows)).toBe(kitWriteCsv(columns, rows));
  });
});
