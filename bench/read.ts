/**
A read and nothing else: run in a fresh process (`node --import=tsx bench/read.ts LOG`, or bundled as the
junit section runs it), it reads the log with `readLog` and prints one JSON line: the seconds the read took,
its tests and failures. The process's own time is what reading a log costs from the start.

`--xml-only` reads a JUnit XML file with the XML reader alone (source/log/xml/), its events counted and
nothing built: no ids, no reports, no failures. Set beside the whole read, it says how much of the read is
the XML and how much is the run made of it.
*/
import process from 'node:process';
import {openSource} from '../source/log/log-bytes.js';
import {readLog} from '../source/log/read.js';
import {readXml} from '../source/log/xml/read-xml.js';

const isXmlOnly = process.argv[2] === '--xml-only';
const file = process.argv[isXmlOnly ? 3 : 2];
if (file === undefined) {
	process.stderr.write(
		'usage: node --import=tsx bench/read.ts [--xml-only] LOG\n',
	);
	process.exit(2);
}

const start = process.hrtime.bigint();
if (isXmlOnly) {
	const source = openSource(file, {});
	let elements = 0;
	let texts = 0;
	try {
		await readXml(source.stream as AsyncIterable<Uint8Array>, {
			openTag() {
				elements++;
			},
			text() {
				texts++;
			},
			closeTag() {
				// Counted at the start tag.
			},
		});
	} finally {
		source.close();
	}

	const seconds = Number(process.hrtime.bigint() - start) / 1e9;
	process.stdout.write(`${JSON.stringify({seconds, elements, texts})}\n`);
} else {
	const run = await readLog(file);
	const seconds = Number(process.hrtime.bigint() - start) / 1e9;
	process.stdout.write(
		`${JSON.stringify({
			seconds,
			tests: run.tests.length,
			failures: run.failures.length,
		})}\n`,
	);
}
