import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {checkAgainstXml} from './against-xml.js';
import {parseText} from './helpers.js';

// What the thirty-third hunt's runs showed (fixtures/hunt/README.md, record-hunt33.sh).

const hunt = path.resolve('fixtures/hunt');

describe('-qq under xdist, nothing reported (allskipped-*-qq-n2, deselected-p9-qq-n2)', () => {
	for (const name of [
		'allskipped-p9-qq-n2',
		'allskipped-p7-qq-n2',
		'deselected-p9-qq-n2',
	]) {
		test(`${name}: a whole run of no test, said so`, async () => {
			// Refused as "not a test log" before: no line named a test and no final line counted any.
			const run = await checkAgainstXml(path.join(hunt, name));
			expect(run.complete).toBe(true);
			expect(run.tests.length).toBe(0);
			expect(run.warnings.map(warning => warning.message).join('\n')).toMatch(
				/skipped at collection or deselected/,
			);
		});
	}

	test('killed before its first report: the session had not printed its own empty line', async () => {
		// Only the empty line xdist prints once its workers have collected: no run the log can vouch for.
		await expect(
			parseText('bringing up nodes...\nbringing up nodes...\n\n'),
		).rejects.toThrow(/not a test log/);
	});

	test('letters after the start are the run, as before', async () => {
		const run = await parseText(
			'bringing up nodes...\nbringing up nodes...\n\n.s.' +
				' '.repeat(67) +
				'[100%]\n',
		);
		expect(run.complete).toBe(true);
		expect(run.counts.passed).toBe(2);
		expect(
			run.warnings.some(warning => warning.message.includes('deselected')),
		).toBe(false);
	});
});
