#!/usr/bin/env node
import process from 'node:process';
import {quickAnswer} from './cli-help.js';

// `--help` (with any command) and `--version` alone need nothing of the rest (the bundle's other chunks are not even read).
const answer = quickAnswer(process.argv.slice(2));
if (answer === undefined) {
	await import('./main.js');
} else {
	process.stdout.write(answer);
}
