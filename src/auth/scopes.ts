// API key scopes. `admin` implies every other scope.
export const SCOPES = ['claims:write', 'claims:read', 'remittance:read', 'admin'] as const;
export type Scope = (typeof SCOPES)[number];

export function isScope(value: string): value is Scope {
  return (SCOPES as readonly string[]).includes(value);
}

export function grants(held: readonly string[], required: Scope): boolean {
  return held.includes('admin') || held.includes(required);
}
