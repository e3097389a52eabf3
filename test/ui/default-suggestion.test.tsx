import {expect, test} from 'vitest';
import {makeRun, untraced} from '../classify/make-run.js';
import {fixtureOf, frame, renderReview} from './helpers.js';

test('a suggestion no rule made says so, as the exports say default, not "by rule default"', async () => {
	// No traceback, and a name no built-in rule reads: only the fallback suggests.
	const run = makeRun('plain.log', {
		'tests/misc/test_widget.py::test_frobnicate': untraced('failed'),
	});
	const data = fixtureOf([run]);
	const app = await renderReview(data);
	const text = frame(app);
	expect(text).toMatch(/suggested [a-z_]+ [a-z]+ by default: /);
	expect(text).not.toContain('by rule default');
	app.unmount();
});
