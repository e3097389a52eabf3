import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {checkAgainstXml, checkHeadlinesAgainstXml} from './against-xml.js';

// What helper hunt50's runs showed (fixtures/hunt/README.md, record-hunt50.sh).

const hunt = path.resolve('fixtures/hunt');
const runsNamed = (prefix: string) =>
	fs.readdirSync(hunt).filter(name => name.startsWith(prefix));

describe('two failed tests of one id, each with its own entry (dupfail-*)', () => {
	test('there are runs under pytest 9 and 7.2', () => {
		expect(runsNamed('dupfail-p7-')).toHaveLength(5);
		expect(runsNamed('dupfail-p9-')).toHaveLength(4);
	});

	for (const name of runsNamed('dupfail-')) {
		test(`${name}: a failure for each failed report, as the XML has`, async () => {
			const directory = path.join(hunt, name);
			const xml = fs.readFileSync(path.join(directory, 'run.xml'), 'utf8');
			const xmlFailures = xml.split('<failure ').length - 1;
			// Before: the second entry of the id was dropped (`failures: 4 for 5 failing tests`).
			const run = await checkHeadlinesAgainstXml(directory, xmlFailures);
			const twice = name.startsWith('dupfail-p7-')
				? 'dupfail/test_sameid.py::test_same[0]'
				: 'dupfail/test_twice.py::test_always';
			const own = run.failures.filter(failure => failure.id === twice);
			expect(own).toHaveLength(2);
			// Each its own entry, read where the log has it.
			expect(new Set(own.map(failure => failure.logLine)).size).toBe(2);
			expect(own.every(failure => failure.traceback !== '')).toBe(true);
		});
	}
});

describe("an ASCII stdout's header: names escaped by the output, a parameter by pytest (escparam-*)", () => {
	test('there are runs under pytest 9 and 7.2', () => {
		expect(runsNamed('escparam-')).toHaveLength(4);
	});

	for (const name of runsNamed('escparam-')) {
		test(`${name}: \`test_\\xfcn\\xef[Z\\xfcrich]\` heads its own entry`, async () => {
			// Before: that header was read as the entry before's text (`(no traceback in the log)` for it).
			// Its headline as the XML's since hunt 51 (the names' escapes show the stdout was ASCII); the traceback as printed.
			const run = await checkAgainstXml(path.join(hunt, name));
			expect(run.failures).toHaveLength(3);
			const zurich = run.failures.find(failure =>
				failure.id.endsWith('::test_ünï[Z\\xfcrich]'),
			);
			expect(zurich?.logLine).toBeDefined();
			expect(zurich?.traceback).toContain("assert 'Z\\xfcrich' == 'z'");
			expect(zurich?.headline).toBe("AssertionError: assert 'Zürich' == 'z'");
			for (const failure of run.failures) {
				expect(failure.traceback).not.toContain('____');
			}
		});
	}
});
