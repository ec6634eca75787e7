import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ClearinghouseProfileError } from './clearinghouse-profile';
import { clearinghousesDir, loadClearinghouseProfiles } from './clearinghouse-profile.loader';
import { ClearinghouseRegistry } from './clearinghouse-registry';
import { loadClearinghouseRegistry } from './clearinghouses.module';

function profileYaml(id: string, payers: string, extra = ''): string {
  return `id: ${id}
name: ${id} clearinghouse
adapter: folder
transport: { outbox: /tmp/x12gw-out, inbox: /tmp/x12gw-in, acknowledge: delete }
isa: { senderQualifier: ZZ, senderId: SUB, receiverQualifier: ZZ, receiverId: ${id.toUpperCase()} }
gs: { senderId: SUB, receiverId: ${id.toUpperCase()} }
usage: T
submitter: { name: SUBMITTER, id: SUB, email: edi@example.com }
receiver: { name: ${id.toUpperCase()}, id: ${id.toUpperCase()} }
payers: ${payers}
${extra}`;
}

describe('clearinghouse profiles directory', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x12gw-ch-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  function write(name: string, text: string) {
    fs.writeFileSync(path.join(dir, name), text);
  }

  function refusal(): ClearinghouseProfileError {
    try {
      loadClearinghouseProfiles(dir);
    } catch (err) {
      expect(err).toBeInstanceOf(ClearinghouseProfileError);
      return err as ClearinghouseProfileError;
    }
    throw new Error('expected the directory to be refused');
  }

  it('loads *.yaml and *.yml in file-name order, not subfolders or other files, and routes payers', () => {
    write('b.yml', profileYaml('beta', "'*'"));
    write('a.yaml', profileYaml('alpha', '["60054", "87726"]'));
    write('notes.txt', 'not a profile');
    fs.mkdirSync(path.join(dir, 'examples'));
    fs.writeFileSync(path.join(dir, 'examples', 'c.yaml'), 'broken: [');
    const registry = new ClearinghouseRegistry(loadClearinghouseProfiles(dir), dir);
    expect(registry.list().map((p) => p.id)).toEqual(['alpha', 'beta']);
    expect(registry.route('60054')?.id).toBe('alpha');
    expect(registry.route('99999')?.id).toBe('beta');
    expect(registry.get('beta')?.source).toBe(path.join(dir, 'b.yml'));
    expect(registry.get('gamma')).toBeNull();
  });

  it('routes nothing to a payer that no profile lists when there is no fallback', () => {
    write('a.yaml', profileYaml('alpha', '["60054"]'));
    const registry = new ClearinghouseRegistry(loadClearinghouseProfiles(dir), dir);
    expect(registry.route('99999')).toBeNull();
  });

  it('names the file and line of a YAML syntax error', () => {
    write('a.yaml', profileYaml('alpha', "'*'") + 'limits: [\n');
    const err = refusal();
    expect(err.message).toContain(path.join(dir, 'a.yaml'));
    expect(err.message).toMatch(/not valid YAML \(line \d+/);
  });

  it('names the file and field of an invalid profile', () => {
    write('a.yaml', profileYaml('alpha', "'*'", 'limits: { claimsPerTransaction: 9000 }'));
    const err = refusal();
    expect(err.file).toBe(path.join(dir, 'a.yaml'));
    expect(err.problems).toEqual([{ field: 'limits.claimsPerTransaction', message: expect.any(String) }]);
  });

  it('refuses two profiles with the same id', () => {
    write('a.yaml', profileYaml('alpha', '["11"]'));
    write('b.yaml', profileYaml('alpha', '["22"]'));
    const err = refusal();
    expect(err.file).toBe(path.join(dir, 'b.yaml'));
    expect(err.message).toContain(`already used by ${path.join(dir, 'a.yaml')}`);
  });

  it('refuses two fallback profiles', () => {
    write('a.yaml', profileYaml('alpha', "'*'"));
    write('b.yaml', profileYaml('beta', "'*'"));
    expect(refusal().problems[0]).toMatchObject({ field: 'payers', message: expect.stringContaining('only one clearinghouse can be the fallback') });
  });

  it('refuses a payer routed to two clearinghouses', () => {
    write('a.yaml', profileYaml('alpha', '["60054"]'));
    write('b.yaml', profileYaml('beta', '["87726", "60054"]'));
    expect(refusal().problems[0]).toMatchObject({ field: 'payers[1]', message: expect.stringContaining('already routed to alpha') });
  });

  it('refuses an empty or missing directory', () => {
    expect(refusal().message).toContain('holds no clearinghouse profile');
    fs.rmSync(dir, { recursive: true });
    expect(refusal().message).toContain('is not a directory');
  });

  it('takes the directory from CLEARINGHOUSES_DIR, else <cwd>/config/clearinghouses, else the shipped one', () => {
    write('a.yaml', profileYaml('alpha', "'*'"));
    expect(clearinghousesDir({ CLEARINGHOUSES_DIR: dir }, '/')).toBe(dir);
    expect(clearinghousesDir({ CLEARINGHOUSES_DIR: 'rel' }, '/srv')).toBe('/srv/rel');
    fs.mkdirSync(path.join(dir, 'config', 'clearinghouses'), { recursive: true });
    expect(clearinghousesDir({}, dir)).toBe(path.join(dir, 'config', 'clearinghouses'));
    const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'x12gw-empty-'));
    try {
      expect(clearinghousesDir({}, elsewhere)).toBe(path.resolve(__dirname, '../../config/clearinghouses'));
    } finally {
      fs.rmSync(elsewhere, { recursive: true });
    }
    expect(loadClearinghouseRegistry({ CLEARINGHOUSES_DIR: dir }).list().map((p) => p.id)).toEqual(['alpha']);
  });
});
