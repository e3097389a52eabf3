import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import type {Run} from '../../source/log/model.js';
import {readLog} from '../../source/log/read.js';
import {checkAgainstXml} from './against-xml.js';

// What helper hunt66 found (fixtures/hunt/README.md, record-hunt66.sh).

const hunt = path.resolve('fixtures/hunt');
const runsNamed = (prefix: string) =>
	fs.readdirSync(hunt).filter(name => name.startsWith(prefix));

/** Each test's failures' headlines, in the order the run lists them. */
function headlinesById(run: Run): Map<string, string[]> {
	const byId = new Map<string, string[]>();
	for (const failure of run.failures) {
		const list = byId.get(failure.id) ?? [];
		list.push(failure.headline);
		byId.set(failure.id, list);
	}

	return byId;
}

describe("a test's failed subtests, then its own failure (suborder-*)", () => {
	test('there are runs under pytest 9 and 7.2', () => {
		expect(runsNamed('suborder-p9-').length).toBeGreaterThan(0);
		expect(runsNamed('suborder-p7-').length).toBeGreaterThan(0);
	});

	for (const name of runsNamed('suborder-')) {
		test(`${name}: each test's failures in the XML's order`, async () => {
			// Before: the test's own failure first, its subtests' after it (the log and the XML list it after them).
			const run = await checkAgainstXml(path.join(hunt, name));
			const xml = await readLog(path.join(hunt, name, 'run.xml'));
			const logHeadlines = headlinesById(run);
			const xmlHeadlines = headlinesById(xml);
			const rows = logHeadlines.get('test_suborder.py::test_rows');
			expect(rows).toHaveLength(2);
			expect(rows![1]).toBe('AssertionError: totals do not add up');
			for (const [id, headlines] of logHeadlines) {
				const fromXml = xmlHeadlines.get(id)!;
				expect(headlines).toHaveLength(fromXml.length);
				for (const [index, headline] of headlines.entries()) {
					// Under --tb=no the short summary's message is all the log has, cut to the terminal (`re...`).
					expect(
						fromXml[index]!.startsWith(headline.replace(/\.{3}$/, '')),
					).toBe(true);
				}
			}
		});
	}
});
