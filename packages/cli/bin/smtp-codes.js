#!/usr/bin/env node
// The committed entry of the `smtp-codes` binary. It exists before the first build, so that a
// workspace install can link it (pnpm warns about a bin whose file is missing); the command
// itself is the built dist/cli.js.
import "../dist/cli.js";
