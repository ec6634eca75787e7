// API key scopes. `admin` implies every other scope. `remittance:write` is finance acting on
// remittances (releasing a set that does not balance) without the power to manage API keys.
export const SCOPES = ['claims:write', 'claims:read', 'remittance:read', 'remittance:write', 'admin'] as const;
export type Scope = (typeof SCOPES)[number];

export function isScope(value: string): value is Scope {
  return (SCOPES as readonly string[]).includes(value);
}

export function grants(held: readonly string[], required: Scope): boolean {
  return held.includes('admin') || held.includes(required);
}
