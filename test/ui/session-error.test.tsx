import path from 'node:path';
import {expect, test} from 'vitest';
import {readLog} from '../../source/log/read.js';
import {analyze} from '../../source/classify/analyze.js';
import {formatReport} from '../../source/export/report.js';
import {formatMarkdown} from '../../source/export/markdown.js';
import {buildReview} from '../../source/triage/review.js';
import {fixture, frame, renderReview} from './helpers.js';

// pytest 7.2: a conftest.py below the rootdir that fails to import is the session's own collection error,
// with no node id (`ERROR collecting test session`).
const sessionError = path.resolve('fixtures/hunt/nestconf-p7-q/run.log');

test('the session\'s own collection error, which has no id, is named "(test session)" in the list and the detail', async () => {
	const app = await renderReview(await fixture(sessionError));
	const text = frame(app);
	expect(text).toMatch(/›\s+ERR\s.*\(test session\)/);
	expect(text).toContain('─── (test session)');
	app.unmount();
});

test('the text report and the Markdown name it too', async () => {
	const run = await readLog(sessionError);
	const review = buildReview(analyze([run]), new Map());
	expect(formatReport(review.analysis)).toMatch(/^1\. \(test session\)$/m);
	expect(formatMarkdown(review)).toContain('`(test session)`');
});
