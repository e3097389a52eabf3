/**
pytest's own session raising to the top: Python's traceback whose first frame is pytest's session wrapper (`  File
"…/_pytest/main.py", line 270, in wrap_session`). A test's closing the real `sys.stdout` under `-s` does it: pytest's
terminal writer then fails, the exception reaches the wrapper, and the process ends with Python's traceback (its
chained ones after it), no final line. A traceback a test prints starts in the test, and `print_stack()` prints no
`Traceback` line.
*/
export function isSessionWrapperFrame(text: string): boolean {
	return (
		text.startsWith('  File "') &&
		text.endsWith(', in wrap_session') &&
		text.includes('_pytest/main.py", line ')
	);
}
