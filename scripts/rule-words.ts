/**
Writes source/classify/rules/built-in-words.ts: the words each built-in rule's message pattern (and its
`not`'s) cannot match without (`requiredWords`), so that a run does not parse 200 patterns to learn them.
Run after changing a built-in rule: `npm run rule-words`. test/classify/built-in-words.test.ts fails
while the table and the rules disagree.
*/
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {wordsTable} from '../source/classify/rules/words-table.js';

const target = path.join(
	path.dirname(fileURLToPath(import.meta.url)),
	'../source/classify/rules/built-in-words.ts',
);
fs.writeFileSync(target, wordsTable());
// In the house style (quotes, line breaks): the test compares the table's contents, not its text.
execFileSync('npx', ['xo', '--fix', target], {stdio: 'inherit'});
console.log(`wrote ${path.relative(process.cwd(), target)}`);
