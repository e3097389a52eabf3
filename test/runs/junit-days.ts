/** Small JUnit XML runs of one suite on given days, for tests of the history's order. */

/** A JUnit XML as pytest writes it: test_a, test_b and test_c, the ones named failing, started at `timestamp`. */
export function junitXml(
	timestamp: string,
	failing: readonly string[],
): string {
	const cases = ['test_a', 'test_b', 'test_c']
		.map(name =>
			failing.includes(name)
				? `<testcase classname="tests.test_day" name="${name}" file="tests/test_day.py" line="1" time="0.01"><failure message="assert 0">def ${name}():\n&gt;       assert 0\nE       assert 0\n\ntests/test_day.py:2: AssertionError</failure></testcase>`
				: `<testcase classname="tests.test_day" name="${name}" file="tests/test_day.py" line="1" time="0.01" />`,
		)
		.join('');
	return `<?xml version="1.0" encoding="utf-8"?><testsuites><testsuite name="pytest" errors="0" failures="${failing.length}" skipped="0" tests="3" time="12.5" timestamp="${timestamp}" hostname="ci">${cases}</testsuite></testsuites>\n`;
}
