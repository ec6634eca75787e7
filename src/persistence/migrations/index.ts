// Every migration, in order. Listed explicitly (not globbed) so the compiled app, the CLI and the
// tests run exactly the same set on both engines.
import { Foundation1764190000000 } from './1764190000000-foundation';

export const MIGRATIONS = [Foundation1764190000000];
