/**
Prints the README's key table, markers included, from the keymap: paste it over the README's
`<!-- keys -->` … `<!-- /keys -->` block (test/ui/keymap.test.ts checks that they agree).

node --import=tsx source/review/keymap/print-keys.ts
*/
import process from 'node:process';
import {keyTableBlock} from './help.js';

process.stdout.write(keyTableBlock());
