/**
Built-in rules for what the code does with a service's answer, where a service's words in the report mislead: the
code's own handler of a service's error failing with a programming error (the service's error is only the context
it was handling), and the code's own check refusing an HTML page where it expected JSON (the service's answer, as
a decoder quoting `<html` already is). The first is tried before the rules on settings and services, which would
read the service's words (a 401 as the credentials', a 429 as a rate limit); the second after the service rules, so
that a decoder's own words for the page keep `html-page-instead-of-answer`.
*/

import type {RuleSpec} from './types.js';

export const answerHandlingRules: readonly RuleSpec[] = [
	// A KeyError, AttributeError, TypeError, NameError, UnboundLocalError or IndexError raised in the code under test
	// while it handled a service's answer as an error (`During handling of the above exception, another exception
	// occurred` below urllib's, requests' or httpx's HTTPError or HTTPStatusError): the code's except block is what
	// broke, as `headers["retry-after"]` on a dict of a 429's headers does. The answer is what it was handling, not
	// the failure: with a working handler the test would have had the code's own answer to it. A library's error of
	// that type, an error the code raised on purpose (its own exception type), a handler of a connection that never
	// got an answer (refused, reset, timed out: the service's state may be the cause) and `The above exception was
	// the direct cause` (a `raise … from`) are not read so.
	{
		name: 'handler-failed-on-service-error',
		match: {
			exception:
				/^(?:builtins\.)?(?:KeyError|AttributeError|TypeError|NameError|UnboundLocalError|IndexError)$/,
			raisedIn: ['app'],
			traceback:
				/(?:^|\n)E {3}(?:[\w.]+\.)?(?:HTTPError|HTTPStatusError)\b[^\n]*\n(?:E[^\n]*\n)*\nDuring handling of the above exception, another exception occurred:/,
		},
		category: 'BUG',
		priority: 'HIGH',
		reason:
			"The code's own handler of a service's error failed with a programming error (a key, attribute or type it got wrong) while handling it: the service's error is only what it was handling; fix the except block",
	},
];

export const answerTypeRules: readonly RuleSpec[] = [
	// The code's own check of a response's Content-Type refusing an HTML page where it expected JSON (`expected
	// application/json from …, got 'text/html'`, `unexpected content type text/html; charset=utf-8 (wanted JSON)`):
	// a maintenance, login or proxy error page, as `html-page-instead-of-answer` reads a decoder quoting `<html`. Not
	// the test's own assertion on a content type (a test client of the app itself answering HTML is the app's).
	{
		name: 'html-content-type-instead-of-answer',
		match: {
			message:
				/(?:^|\n)(?!AssertionError\b)(?:[\w.]+\.)?\w+: [^\n]*?(?:\b(?:json|JSON)\b[^\n]{0,80}?\b(?:got|received|returned|answered|was|is)\b[^\n]{0,20}?\btext\/html\b|\btext\/html\b[^\n]{0,40}?\b(?:instead of|where|not|expected)\b[^\n]{0,30}?\b(?:json|JSON)\b)/,
		},
		category: 'ENVIRONMENT',
		priority: 'MEDIUM',
		reason:
			'A service answered an HTML page (a maintenance, login or proxy error page) where the code expected JSON, and the code refused its Content-Type: the service or the proxy in front of it is not serving',
	},
];
