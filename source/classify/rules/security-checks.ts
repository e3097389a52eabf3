/**
Built-in rules for a security check the code lacks: the test expects a token, a signature, a credential or a
permission refused, and the code let it through.
*/

import type {RuleSpec} from './types.js';

/**
The last part of an exception class's name that says a credential or an authorization was refused: `TokenError`,
`InvalidToken`, `TokenExpired`, `ExpiredSignatureError`, `BadSignature`, `Revoked`, `Forbidden`, `Unauthorized`,
`PermissionDenied`, `AccessDenied`, `AuthenticationFailed`, `InvalidAudienceError`, `InsufficientScope`. Not the
OS's `PermissionError` (a file's mode) and not a bare `ValueError`: the test may expect a refusal the code never
promised.
*/
const refusalName = String.raw`\w{0,60}(?:Token|Expired|Revoked|Unauthori[sz]ed|Forbidden|PermissionDenied|AccessDenied|Authenticat|Auth(?:Error|Fail)|Credential|Signature|Audience|Issuer|Scope|Csrf|CSRF|Replay)\w{0,60}`;

/** pytest's `Failed: DID NOT RAISE <class 'pkg.auth.TokenError'>`, alone or in a tuple of classes. */
const refusalNotRaised = new RegExp(
	String.raw`(?:^|\n)Failed: DID NOT RAISE [^\n]{0,400}?<class '(?:\w{1,80}\.){0,12}${refusalName}'>`,
);

export const securityCheckRules: readonly RuleSpec[] = [
	// HIGH, where `did-not-raise` is MEDIUM: every set with a token, a signature or a permission the code let through
	// decided it HIGH (suites 49, 66, 67, 70, 74: a revoked, expired, unsigned or old token accepted), and the sets that
	// decided a missing refusal MEDIUM had a ValueError or a validation error (suites 26, 33, 34, 35).
	{
		name: 'security-check-not-raised',
		match: {message: refusalNotRaised},
		category: 'BUG',
		priority: 'HIGH',
		reason:
			'The code let through what the test expects refused as a token, a signature, a credential or a permission: an authentication or authorization check the code lacks',
	},
];
