import { z } from 'zod';

// The renderer's CSP forbids eval; zod's probe for it (`new Function`) would be
// reported as a CSP violation on every start. Imported first by main.ts.
z.config({ jitless: true });
