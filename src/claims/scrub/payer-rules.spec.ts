import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadPayerRules, payerRulesDir, PayerRulesError } from './payer-rules';

const shipped = path.resolve(__dirname, '../../../config/payers');

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'payer-rules-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function write(name: string, text: string): void {
  fs.writeFileSync(path.join(dir, name), text);
}

/** The PayerRulesError thrown by loading `dir`, or a failure when it loads. */
function loadError(): PayerRulesError {
  try {
    loadPayerRules(dir);
  } catch (err) {
    if (err instanceof PayerRulesError) return err;
    throw err;
  }
  throw new Error('expected the payer rules not to load');
}

describe('the payer rules shipped in config/payers', () => {
  it('load, with the default for unknown payers', () => {
    const registry = loadPayerRules(shipped);
    expect(registry.forPayer('99999')).toMatchObject({ name: 'EXAMPLE HEALTH PLAN', payerIds: ['99999'], maxServiceLines: { professional: 50, institutional: 450, dental: 50 } });
    expect(registry.forPayer('99998')).toMatchObject({ name: 'EXAMPLE MEDICARE PART B', claimKinds: ['professional'], replacementRequiresOriginalReference: false, claimFilingCodes: ['MB'], timelyFilingDays: 365 });
    expect(registry.forPayer('12345')).toBe(registry.default);
    expect(registry.default).toMatchObject({ name: 'DEFAULT PAYER RULES', payerIds: [], payToLoop: 'allowed', replacementRequiresOriginalReference: true });
    expect(registry.forPayer(undefined)).toBe(registry.default);
  });
});

describe('loadPayerRules', () => {
  it('reads every key of a good file, with defaults for what it leaves out', () => {
    write(
      'acme.yml',
      [
        'payerIds: ["00123", "ACME1"]',
        'name: ACME HEALTH',
        'claimKinds: [professional, dental]',
        'maxServiceLines: { professional: 40 }',
        'maxDiagnosisCodes: 8',
        'maxPatientControlNumberLength: 17',
        'payToLoop: forbidden',
        'replacementRequiresOriginalReference: false',
        'claimFilingCodes: [CI, "12"]',
        'timelyFilingDays: 180',
        'requiredFields:',
        '  - billing.taxonomyCode',
        '  - path: claimInformation.serviceLines[*].renderingProvider.npi',
        '    kinds: [professional]',
        '    reason: rendering NPI on every line',
        'forbiddenFields: [payToPlan]',
      ].join('\n'),
    );
    const registry = loadPayerRules(dir);
    expect(registry.default).toBeNull();
    expect(registry.forPayer('123')).toBeNull();
    expect(registry.forPayer('00123')).toEqual({
      source: expect.stringMatching(/acme\.yml$/),
      payerIds: ['00123', 'ACME1'],
      name: 'ACME HEALTH',
      claimKinds: ['professional', 'dental'],
      maxServiceLines: { professional: 40, institutional: null, dental: null },
      maxDiagnosisCodes: { professional: 8, institutional: 8, dental: 8 },
      maxPatientControlNumberLength: 17,
      payToLoop: 'forbidden',
      replacementRequiresOriginalReference: false,
      claimFilingCodes: ['CI', '12'],
      timelyFilingDays: 180,
      requiredFields: [
        { path: 'billing.taxonomyCode', kinds: ['professional', 'institutional', 'dental'], reason: null },
        { path: 'claimInformation.serviceLines[*].renderingProvider.npi', kinds: ['professional'], reason: 'rendering NPI on every line' },
      ],
      forbiddenFields: [{ path: 'payToPlan', kinds: ['professional', 'institutional', 'dental'], reason: null }],
    });
    expect(registry.forPayer('ACME1')).toBe(registry.forPayer('00123'));
  });

  it('a bad field → an error naming the file and the field', () => {
    write('_default.yaml', 'name: DEFAULTS\n');
    write('acme.yaml', 'payerIds: ["11111"]\nname: ACME\nmaxServiceLines: fifty\n');
    const err = loadError();
    expect(err.problems).toEqual([{ file: expect.stringMatching(/acme\.yaml$/), field: 'maxServiceLines', message: expect.stringMatching(/integer from 1 to 999/) }]);
    expect(err.message).toMatch(/acme\.yaml: maxServiceLines must be an integer/);
  });

  it.each([
    ['an unknown key', 'payerIds: ["1"]\nname: A\nmaxLines: 5\n', 'maxLines', /not a payer rule/],
    ['a payer id written as a number', 'payerIds: [00123]\nname: A\n', 'payerIds[0]', /quoted string/],
    ['no payer ids', 'name: A\n', 'payerIds', /required/],
    ['no name', 'payerIds: ["1"]\n', 'name', /required/],
    ['an unknown claim kind', 'payerIds: ["1"]\nname: A\nclaimKinds: [vision]\n', 'claimKinds[0]', /one of professional/],
    ['a bad pay-to policy', 'payerIds: ["1"]\nname: A\npayToLoop: sometimes\n', 'payToLoop', /allowed, forbidden, required/],
    ['a non-boolean', 'payerIds: ["1"]\nname: A\nreplacementRequiresOriginalReference: "no"\n', 'replacementRequiresOriginalReference', /true or false/],
    ['an unknown filing code', 'payerIds: ["1"]\nname: A\nclaimFilingCodes: [XX]\n', 'claimFilingCodes[0]', /SBR09/],
    ['a per-kind limit for an unknown kind', 'payerIds: ["1"]\nname: A\nmaxDiagnosisCodes: { vision: 4 }\n', 'maxDiagnosisCodes.vision', /not a claim kind/],
    ['a field path with a typo in its root', 'payerIds: ["1"]\nname: A\nrequiredFields: [claimInfomation.claimFilingCode]\n', 'requiredFields[0]', /not a member of a claim/],
    ['a malformed field path', 'payerIds: ["1"]\nname: A\nrequiredFields: [{ path: "billing..npi" }]\n', 'requiredFields[0].path', /JSON path/],
    ['an unknown key in a field rule', 'payerIds: ["1"]\nname: A\nforbiddenFields: [{ path: payToPlan, when: always }]\n', 'forbiddenFields[0].when', /not allowed/],
  ])('%s → names the field', (_name, text, field, message) => {
    write('p.yaml', text);
    const err = loadError();
    expect(err.problems).toContainEqual({ file: expect.stringMatching(/p\.yaml$/), field, message: expect.stringMatching(message) });
  });

  it('refuses payer ids in the default file', () => {
    write('_default.yaml', 'payerIds: ["1"]\nname: D\n');
    expect(loadError().problems).toEqual([{ file: expect.stringMatching(/_default\.yaml$/), field: 'payerIds', message: expect.stringMatching(/must not be set in the default/) }]);
  });

  it('reports invalid YAML with its line, and an empty file', () => {
    write('a.yaml', 'payerIds: ["1"]\nname: [unclosed\n');
    write('b.yaml', '');
    const problems = loadError().problems;
    expect(problems).toEqual([
      { file: expect.stringMatching(/a\.yaml$/), field: '', message: expect.stringMatching(/not valid YAML \(line \d+, column \d+\)/) },
      { file: expect.stringMatching(/b\.yaml$/), field: '', message: expect.stringMatching(/empty/) },
    ]);
  });

  it('refuses a payer id listed in two files, naming both', () => {
    write('a.yaml', 'payerIds: ["55555"]\nname: A\n');
    write('b.yaml', 'payerIds: ["55555"]\nname: B\n');
    const [problem] = loadError().problems;
    expect(problem).toMatchObject({ file: expect.stringMatching(/b\.yaml$/), field: 'payerIds[0]' });
    expect(problem.message).toMatch(/a\.yaml/);
  });

  it('ignores other files and subfolders', () => {
    write('_default.yaml', 'name: D\n');
    write('README.md', '# not rules');
    fs.mkdirSync(path.join(dir, 'examples'));
    fs.writeFileSync(path.join(dir, 'examples', 'x.yaml'), 'garbage: [');
    expect(loadPayerRules(dir).all.map((r) => r.name)).toEqual(['D']);
  });

  it('refuses a directory that does not exist', () => {
    expect(() => loadPayerRules(path.join(dir, 'missing'))).toThrow(/is not a directory.*PAYER_RULES_DIR/);
  });
});

describe('payerRulesDir', () => {
  it('takes PAYER_RULES_DIR relative to the working directory, else <cwd>/config/payers', () => {
    expect(payerRulesDir({ PAYER_RULES_DIR: 'rules' }, '/srv/gw')).toBe(path.resolve('/srv/gw/rules'));
    expect(payerRulesDir({ PAYER_RULES_DIR: '/etc/payers' }, '/srv/gw')).toBe('/etc/payers');
    expect(payerRulesDir({}, path.resolve(__dirname, '../../..'))).toBe(shipped);
  });

  it('falls back to the directory shipped with the gateway when the working directory has none', () => {
    expect(payerRulesDir({}, dir)).toBe(shipped);
  });
});
