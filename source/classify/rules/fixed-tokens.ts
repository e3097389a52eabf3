/**
Built-in rules for tokens the test writes into its own source (a JWT literal, an upper-case constant, a refresh
token issued once): they carry an expiry, or a provider's record that can be revoked, so in time every run refuses
them, whatever the code does. Only the test's own frame is read: a token the code reads from its settings, or one
the test obtains during the run, is not read so.
*/

import type {RuleSpec} from './types.js';

export const fixedTokenRules: readonly RuleSpec[] = [
	// A token written into the test's source (`ADVISER_TOKEN = "eyJ…"`, a literal in the call) carries its own
	// expiry: once that date passes, every run refuses it, whatever the code does. Only the test's own frame is
	// read, so a token constant the code uses (`settings.SERVICE_TOKEN`) or one the test mints is not.
	{
		name: 'token-fixed-in-test-expired',
		match: {
			phase: ['call', 'setup'],
			message:
				/ExpiredSignature(?:Error)?\b|Signature has expired|\b[Tt]oken (?:has |is )?expired\b/,
			traceback:
				/(?:^|\n)[^\n]*\btest_\w*\.py:\d+: in \w+\n[^\n]*(?:(?<![\w.])[A-Z][A-Z\d_]*TOKEN[A-Z\d_]*\b|["']eyJ[\w-]{8,}\.)/,
			calledFrom: ['test', 'app'],
		},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			"The token the test passes is written into the test's source and carries its own expiry, which has now passed: the test's fixed data expired with the calendar, not the code that checks it",
	},
	// A refresh grant refused (a 400 or 401: `invalid_grant`, a token revoked or expired) for a refresh token the
	// test writes into its source, an upper-case constant or a literal with digits (`auth.refresh(
	// COUNTER_REFRESH_TOKEN, …)`, `refresh(url, "rt-till-3-2026-11-28")`): the token was issued once, and the
	// provider has since revoked or expired it, whatever the code does (suites 41 and 45 decided so). A token the test
	// obtains during the run, or one the code reads from its settings, is not read so.
	{
		name: 'refresh-token-fixed-in-test',
		match: {
			phase: ['call', 'setup'],
			message:
				/\b40[01] Client Error\b|\bClient error '40[01] |\binvalid_grant\b/,
			traceback:
				/(?:^|\n)[^\n]*\btest_\w*\.py:\d+: in \w+\n[^\n]*\brefresh\w*\([^\n]*(?:(?<![\w.])[A-Z][A-Z\d_]*TOKEN[A-Z\d_]*\b|["'](?=[\w.-]*\d)[\w.-]{12,}["'])/,
			calledFrom: ['test', 'app'],
		},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			"The provider refuses a refresh token written into the test's source: it was issued once and has since been revoked or has expired, so the test's fixed data no longer holds, not the code that sends it",
	},
];
