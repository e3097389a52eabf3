#!/usr/bin/env node
// The command line: main.tsx.
await import('./main.js');
