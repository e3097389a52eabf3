import {describe, expect, test} from 'vitest';
import {header9, parseText, rule} from './helpers.js';

// Shapes the eighteenth hunt's real runs showed (fixtures/real-suites/README.md, record-hunt18.sh), as small logs.

describe('the eighteenth hunt: pytest.exit() with a reason of two lines', () => {
	/** A -v run whose third test called pytest.exit(): pytest prints its summaries, its final line, then the reason. */
	const run = async (banner: string[]) =>
		parseText(
			[
				header9('collected 4 items'),
				'',
				'tests/test_bus.py::test_parse PASSED                                     [ 25%]',
				'tests/test_bus.py::test_reply FAILED                                     [ 50%]',
				'tests/test_bus.py::test_auth ',
				'',
				rule('FAILURES'),
				rule('test_reply', '_'),
				'E   KeyError: 7',
				'',
				'tests/test_bus.py:9: KeyError',
				rule('short test summary info'),
				'FAILED tests/test_bus.py::test_reply - KeyError: 7',
				rule('1 failed, 1 passed in 0.20s'),
				...banner,
				'',
			].join('\n'),
		);

	test('the reason’s first line opens the banner and has no `!` at its end: the session was ended, not whole', async () => {
		const ended = await run([
			'! _pytest.outcomes.Exit: induced: the bus is gone',
			'no test after this one can run !',
		]);
		expect(ended.complete).toBe(false);
		// The reason's later lines are its own (hunt 58, `exit-reason.ts`).
		expect(ended.warnings.map(warning => warning.message)).toContain(
			'run was interrupted: _pytest.outcomes.Exit: induced: the bus is gone\nno test after this one can run',
		);
		// A short reason of two lines: more `!`s on each side.
		const short = await run([
			'!!!!!!!!!!!!!!!!!!!!!!!!! _pytest.outcomes.Exit: bus gone',
			'stop !!!!!!!!!!!!!!!!!!!!!!!!!!',
		]);
		expect(short.complete).toBe(false);
	});

	test('a line of the reason’s own, or a line opening with `!` that names no Exit, is no banner', async () => {
		const whole = await run(['! this line is not pytest’s']);
		expect(whole.complete).toBe(true);
	});
});
