import { MAX_JSON_DEPTH, RequestError, jsonProblem, parseJsonBody } from '../http';

describe('jsonProblem', () => {
  it.each([
    ['{"query":"{ a }","variables":{"n":1,"s":"x\\"y","l":[1,-2.5e3,{"k":true}]}}'],
    ['{"a":{"b":1},"c":{"b":2}}'],
    ['[{"a":1},{"a":2}]'],
    [`{"s":"${'{"a":'.repeat(100)}"}`],
    [`{"n":${Number.MAX_SAFE_INTEGER},"f":1.7976931348623157e308}`],
  ])('lets %s through', (text) => {
    expect(jsonProblem(text)).toBeNull();
  });

  it.each([
    ['{"query":"a","query":"b"}', /key "query" twice/],
    ['{"v":{"a":1,"\\u0061":2}}', /key "a" twice/],
    [`${'['.repeat(MAX_JSON_DEPTH + 1)}${']'.repeat(MAX_JSON_DEPTH + 1)}`, /nested more than 64/],
    ['{"n":1e999}', /out of range/],
    ['{"n":-1e400}', /out of range/],
    ['{"n":12345678901234567890}', /too large to represent exactly/],
  ])('refuses %s', (text, message) => {
    expect(jsonProblem(text)).toMatch(message);
  });
});

describe('parseJsonBody', () => {
  const refusal = (raw: Buffer, contentType = 'application/json') => {
    try {
      parseJsonBody(raw, contentType);
      return null;
    } catch (error) {
      return error instanceof RequestError ? { status: error.status, code: error.code, message: error.message } : error;
    }
  };

  it('refuses malformed JSON and bytes that are not UTF-8 with 400 BAD_REQUEST', () => {
    expect(refusal(Buffer.from('{"query":'))).toEqual({ status: 400, code: 'BAD_REQUEST', message: 'Request body is not valid JSON' });
    expect(refusal(Buffer.from([0x7b, 0xff, 0x7d]))).toEqual({ status: 400, code: 'BAD_REQUEST', message: 'Request body is not valid UTF-8' });
  });

  it('leaves a body of another content type to Apollo as text', () => {
    expect(parseJsonBody(Buffer.from('{"a":1,"a":2}'), 'text/plain')).toBe('{"a":1,"a":2}');
    expect(parseJsonBody(Buffer.from('{"a":1}'), 'application/json; charset=utf-8')).toEqual({ a: 1 });
  });
});
