import { read277CA, read999 } from '../x12';
import { ack277File, ack999File, ta1File } from '../../test/support/acknowledgments';
import { classify277, describeSegmentError, detectInboundKind, fit, judge999Set, segmentErrorView, type SetClaim } from './acknowledgment-rules';

const P = { clearinghouse: 'ALPHA', us: 'X12GW' };

describe('detectInboundKind', () => {
  it('routes 999, 277 and a bare TA1 to acknowledgments, an 835 to remittance, anything else to unknown', () => {
    expect(detectInboundKind(ack999File(P, 1, '1', [{ st02: '0001', ik5: 'A' }], { code: 'A', included: 1, received: 1, accepted: 1 }))).toBe('acknowledgment');
    expect(detectInboundKind(ack277File(P, 2, [{ pcn: 'X', stc: 'A2:20', action: 'WQ', charge: '1' }]))).toBe('acknowledgment');
    expect(detectInboundKind('\uFEFF' + ta1File(P, 3, { isa13: '000000001' }, 'R', '006'))).toBe('acknowledgment');
    const isa = ta1File(P, 4, { isa13: '1' }, 'A').split('~')[0];
    expect(detectInboundKind(`${isa}~GS*HP*A*B*20250401*1200*1*X*005010X221A1~ST*835*0001~BPR*I~`)).toBe('835');
    expect(detectInboundKind(`${isa}~GS*HC*A*B*20250401*1200*1*X*005010X222A1~ST*837*0001*005010X222A1~`)).toBe('unknown');
    expect(detectInboundKind('hello, not X12')).toBe('unknown');
  });
});

describe('fit', () => {
  it('moves from the expected statuses, flags a repeat and a step that does not fit', () => {
    expect(fit('batched', 'accepted_by_clearinghouse')).toEqual({ move: true, flag: null });
    expect(fit('accepted_by_clearinghouse', 'accepted_by_payer')).toEqual({ move: true, flag: null });
    expect(fit('accepted_by_payer', 'accepted_by_payer')).toEqual({ move: false, flag: 'repeated' });
    expect(fit('paid', 'rejected')).toEqual({ move: false, flag: 'unexpected_state' });
    expect(fit('ready', 'rejected_by_clearinghouse')).toEqual({ move: false, flag: 'unexpected_state' });
  });
});

describe('judge999Set', () => {
  const claims: SetClaim[] = [
    { claimId: 'a', patientControlNumber: 'PCNA', first: 20, last: 35 },
    { claimId: 'b', patientControlNumber: 'PCNB', first: 36, last: 50 },
  ];
  function response(ik5: string, errors: Parameters<typeof ack999File>[3][number]['errors']) {
    const doc = read999(ack999File(P, 5, '7', [{ st02: '0001', ik5, errors }], { code: ik5 === 'A' || ik5 === 'E' ? ik5 : 'R', included: 1, received: 1, accepted: 0 }));
    return doc.transactions[0].transactionResponses[0];
  }

  it('IK5 R: the claim whose 2300 range holds the IK3 position is rejected with it, the other as part of the whole set', () => {
    const { verdicts, setErrors } = judge999Set(response('R', [{ segmentId: 'NM1', position: 40, loop: '2310B', code: '8', ik4: { position: 9, reference: '67', code: '7' } }]), claims);
    expect(verdicts.map((v) => [v.claimId, v.outcome, v.wholeSet, v.errors.length])).toEqual([['a', 'rejected', true, 0], ['b', 'rejected', false, 1]]);
    expect(setErrors).toEqual([]);
    expect(describeSegmentError(verdicts[1].errors[0])).toBe('segment NM1 at position 40, IK304 8 (segment has data element errors), IK403 7 (invalid code value) in element 9');
  });

  it('falls back to CTX*CLM01 when the position is in no claim, and keeps header errors as set errors', () => {
    const { verdicts, setErrors } = judge999Set(response('R', [
      { segmentId: 'CLM', position: 99, code: '8', clm01: 'pcna' },
      { segmentId: 'BHT', position: 2, code: '8' },
    ]), claims);
    expect(verdicts.find((v) => v.claimId === 'a')!.errors.map((e) => e.segmentId)).toEqual(['CLM']);
    expect(setErrors.map((e) => e.segmentId)).toEqual(['BHT']);
  });

  it('IK5 E accepts every claim, with its errors noted on the claim they point at', () => {
    const { verdicts } = judge999Set(response('E', [{ segmentId: 'REF', position: 21, code: 'I9' }]), claims);
    expect(verdicts.map((v) => [v.claimId, v.outcome, v.errors.length])).toEqual([['a', 'accepted', 1], ['b', 'accepted', 0]]);
  });

  it('reads IK3 position and CTX into the view', () => {
    const e = segmentErrorView(response('R', [{ segmentId: 'SV1', position: 28, loop: '2400', code: '8', clm01: 'PCN1001' }]).segmentErrors[0]);
    expect(e).toMatchObject({ segmentId: 'SV1', position: 28, loopId: '2400', code: '8', clm01: 'PCN1001' });
  });
});

describe('classify277', () => {
  function claim(stc: string, action: 'WQ' | 'U') {
    return read277CA(ack277File(P, 6, [{ pcn: 'X', stc, action, charge: '10' }])).transactions[0].claims[0];
  }
  it('A2/A5 accepted, U or A3/A4/A6/A7/A8 rejected, A0/A1 only received', () => {
    expect(classify277(claim('A2:20', 'WQ'))).toBe('accepted');
    expect(classify277(claim('A5:20', 'WQ'))).toBe('accepted');
    expect(classify277(claim('A7:562:82', 'U'))).toBe('rejected');
    expect(classify277(claim('A6:35', 'WQ'))).toBe('rejected');
    expect(classify277(claim('A1:19', 'WQ'))).toBe('received');
    expect(classify277(claim('A0:16', 'WQ'))).toBe('received');
  });
});
