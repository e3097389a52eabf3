/**
pytest's live logging (`log_cli`): the rule its handler prints before a phase's first record (`---- live log call
----`). `log_cli` raises the run loop's verbosity to 1 (pytest 7.2 and 9), so even under `-q` each test's `id ` is
printed before it runs, with no banner: a process ended in the first test (`os._exit`) leaves that `id `, and if the
test logged, this rule and its records. A line shaped like a node id alone is what a `grep` prints too; with the rule
after it, the log is pytest's, cut while that test ran.
*/

/** The rule before a phase's first live record, at the terminal's width. */
const liveLogRule =
	/^-+ live log (?:sessionstart|collection|start|logreport|setup|call|teardown|finish|sessionfinish) -+$/;

/** Whether `text` is `log_cli`'s rule before a phase's records. */
export function isLiveLogRule(text: string): boolean {
	return text.charCodeAt(0) === 45 /* - */ && liveLogRule.test(text);
}
