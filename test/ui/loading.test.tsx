import {render} from 'ink-testing-library';
import {expect, test} from 'vitest';
import {isInTurns, Loading, stepText} from '../../source/ui/loading.js';

test('the loading screen shows the failures met so far, inert', () => {
	const {lastFrame, unmount} = render(
		<Loading
			log="logs/run.log"
			index={1}
			count={2}
			bytesRead={512 * 1024}
			totalBytes={1024 * 1024}
			failuresFound={7}
			recentFailures={['tests/a.py::test_x', 'tests/b.py::test_\u001B[2Jevil']}
			width={80}
		/>,
	);
	const frame = lastFrame() ?? '';
	expect(frame).toContain('loading run.log (1 of 2)');
	expect(frame).toContain('50% of 1.0 MB');
	expect(frame).toContain('7 failing so far, the latest:');
	expect(frame).toContain('tests/a.py::test_x');
	expect(frame).toContain('tests/b.py::test_\u241B[2Jevil');
	unmount();
});

test('a small log says its size in KB, not 0.0 MB', () => {
	const {lastFrame, unmount} = render(
		<Loading
			log="run.log"
			index={1}
			count={1}
			bytesRead={24_310}
			totalBytes={24_310}
			width={80}
		/>,
	);
	expect(lastFrame()).toContain('100% of 24 KB');
	expect(lastFrame()).not.toContain('0.0 MB');
	unmount();
});

test('before its size is known: reading…, then what was read', () => {
	const props = {
		log: '-',
		index: 1,
		count: 1,
		totalBytes: undefined,
		width: 80,
	};
	const {lastFrame, rerender, unmount} = render(
		<Loading {...props} bytesRead={0} />,
	);
	expect(lastFrame()).toContain('reading…');
	expect(lastFrame()).not.toContain('0.0 MB');
	rerender(<Loading {...props} bytesRead={3 * 1024 * 1024} />);
	expect(lastFrame()).toContain('3.0 MB read');
	unmount();
});

test('an id too long for the screen is cut at its start and keeps its indent', () => {
	const long = `tests/chaos/resources/test_resources_chaos.py::${'x'.repeat(60)}::test_file_lock_stale_after_crash`;
	const {lastFrame, unmount} = render(
		<Loading
			log="run.log"
			index={1}
			count={1}
			bytesRead={100}
			totalBytes={100}
			failuresFound={2}
			recentFailures={['tests/a.py::test_x', long]}
			width={80}
		/>,
	);
	const lines = (lastFrame() ?? '').split('\n');
	expect(lines).toContain('  tests/a.py::test_x');
	const cut = lines.find(line =>
		line.endsWith('test_file_lock_stale_after_crash'),
	);
	expect(cut).toMatch(/^ {2}…x+::test_file_lock_stale_after_crash$/);
	expect(lines.every(line => [...line].length <= 80)).toBe(true);
	unmount();
});

test('once the logs are read, the step under way shows under the full bar, and the failures are no longer "so far"', () => {
	const {lastFrame, unmount} = render(
		<Loading
			log="run.log"
			index={1}
			count={1}
			bytesRead={1024 * 1024}
			totalBytes={1024 * 1024}
			failuresFound={57_357}
			recentFailures={['tests/a.py::test_x']}
			step={stepText('recording', 57_357)}
			width={80}
		/>,
	);
	const lines = (lastFrame() ?? '').split('\n');
	expect(lines[1]).toContain('100% of 1.0 MB');
	// A step that holds the keys until it ends: the line says so.
	expect(lines[2]).toBe(
		'recording the run in the history… · q quits once this step ends',
	);
	expect(lines[3]).toBe('57,357 failing, the latest:');
	unmount();
});

test('the matching and the analysis run in turns with the event loop: q quits at once, and the line says no more', () => {
	expect(isInTurns('analysis')).toBe(true);
	expect(isInTurns('building')).toBe(true);
	expect(isInTurns('recording')).toBe(false);
	const {lastFrame, unmount} = render(
		<Loading
			log="run.log"
			index={1}
			count={1}
			bytesRead={1024 * 1024}
			totalBytes={1024 * 1024}
			failuresFound={57_357}
			step={stepText('analysis', 57_357)}
			isStepInTurns={isInTurns('analysis')}
			width={80}
		/>,
	);
	expect((lastFrame() ?? '').split('\n')[2]).toBe(
		'classifying 57,357 failures… · q quits',
	);
	unmount();
});

test('the steps say what they do', () => {
	expect(stepText('building', 57_357)).toBe(
		'matching 57,357 failing reports with their tests…',
	);
	expect(stepText('building', 1)).toBe(
		'matching 1 failing report with its test…',
	);
	expect(stepText('building', 0)).toBe(
		'matching the reports with their tests…',
	);
	expect(stepText('history', 3)).toBe('reading the run history…');
	expect(stepText('analysis', 1)).toBe('classifying 1 failure…');
	expect(stepText('analysis', 0)).toBe('classifying…');
	expect(stepText('recording', 3)).toBe('recording the run in the history…');
});
