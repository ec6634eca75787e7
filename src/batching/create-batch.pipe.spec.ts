import { ErrorCode, GatewayError } from '../common/gateway-error';
import { toBatchRunOptions } from './create-batch.pipe';

describe('POST /v1/batches body', () => {
  it('means every clearinghouse when absent or empty', () => {
    expect(toBatchRunOptions(undefined)).toEqual({});
    expect(toBatchRunOptions({})).toEqual({});
  });

  it('takes a clearinghouse id', () => {
    expect(toBatchRunOptions({ clearinghouseId: 'sandbox' })).toEqual({ clearinghouseId: 'sandbox' });
  });

  it.each<[string, unknown, string, string]>([
    ['a non-object', [1], '', 'NOT_AN_OBJECT'],
    ['an unknown field', { clearinghouse: 'sandbox' }, 'clearinghouse', 'UNKNOWN_FIELD'],
    ['a number', { clearinghouseId: 7 }, 'clearinghouseId', 'NOT_A_STRING'],
    ['an empty id', { clearinghouseId: '' }, 'clearinghouseId', 'OUT_OF_RANGE'],
  ])('refuses %s with the field path and a code', (_name, body, path, code) => {
    let err: unknown;
    try {
      toBatchRunOptions(body);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(GatewayError);
    expect(err).toMatchObject({ code: ErrorCode.ValidationFailed, details: { errors: [expect.objectContaining({ path, code })] } });
  });
});
