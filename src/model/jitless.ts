// No JIT in the browser: zod's compiled parsers need eval (new Function), which the server's CSP forbids
// (script-src 'self'); without this, zod's probe for it is reported as a CSP violation (issue 12).
// Imported first by browser.ts, so it runs before any schema parses (scenario.ts parses at load).
import { z } from "zod";

z.config({ jitless: true });
