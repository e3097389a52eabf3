import {describe, expect, test} from 'vitest';
import {wantsAlternateScreen} from '../../source/review/alternate-screen.js';

describe('wantsAlternateScreen', () => {
	test.each([
		[true, {}, true],
		[true, {TRIAGE_NO_ALT_SCREEN: ''}, true],
		[true, {TRIAGE_NO_ALT_SCREEN: '0'}, true],
		[true, {TRIAGE_NO_ALT_SCREEN: '1'}, false],
		[false, {}, false],
		[undefined, {}, false],
	] as const)(
		'stdout a TTY: %s, environment %j → %s',
		(isTty, environment, expected) => {
			expect(wantsAlternateScreen(isTty, environment)).toBe(expected);
		},
	);
});
