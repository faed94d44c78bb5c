import { maskError } from '../errors';
import { Decimal, DecimalScalar, NumericScalar, money, parseAmount, sum, toCents } from '../money';

describe('money', () => {
  it('adds amounts that binary floats get wrong exactly', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sum(['0.10', '0.20']).toFixed(2)).toBe('0.30');
    const lines = ['1143936', '76923', '88280', '17500', '20000', '2500', '81000', '79644', '202500', '26854', '15000', '40000', '50000', '20000', '79484'];
    expect(money(sum(lines))).toEqual({ amount: '1943621.00', currency: 'EUR' });
  });

  it('rounds half-up to the cent, per term', () => {
    expect(toCents(new Decimal('145.655').times('22.64'))).toBe('3297.63');
    expect(toCents(new Decimal('931').times('118.11'))).toBe('109960.41');
    expect(toCents('0.005')).toBe('0.01');
    expect(toCents('2.675')).toBe('2.68'); // a float would give 2.67
  });

  it.each([['-1'], ['NaN'], ['1e309'], ['1.234'], ['abc'], [0.1], [''], [null]])('refuses %p as an amount, naming the field', (input) => {
    expect(() => parseAmount('amount', input)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'amount' }) }));
  });

  it('accepts decimal strings and whole numbers', () => {
    expect(parseAmount('amount', '1943621.00').toFixed(2)).toBe('1943621.00');
    expect(parseAmount('amount', 40000).toFixed(2)).toBe('40000.00');
    expect(parseAmount('amount', '-3.5', { allowNegative: true }).toFixed(2)).toBe('-3.50');
  });

  it('serialises Decimal with exactly two decimals and Numeric exactly', () => {
    expect(DecimalScalar.serialize('254595')).toBe('254595.00');
    expect(NumericScalar.serialize('145.655')).toBe('145.655');
    expect(NumericScalar.serialize('931.000')).toBe('931');
  });
});

describe('errors of scalar input', () => {
  it('name the field from the variable path', () => {
    const format = maskError();
    const nested = format({ message: 'Variable "$input" got invalid value "2024-13-01" at "input.joinedOn"; date: must be a date as YYYY-MM-DD', extensions: { code: 'BAD_USER_INPUT', field: 'date' } }, null);
    expect(nested.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.joinedOn' });
    const top = format({ message: 'Variable "$amount" got invalid value "x"; amount: must be a decimal amount', extensions: { code: 'BAD_USER_INPUT' } }, null);
    expect(top.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'amount' });
  });
});
