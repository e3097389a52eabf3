/**
Built-in rules for what a service answered when it was there but would not serve the request for now, in the
words of its protocol or its client: an FTP server's 4xx reply, a SOAP client's error for an HTTP error page that
holds no SOAP fault, a service's own answer that asks the caller to retry later, a service whose storage is full.
*/

import type {RuleSpec} from './types.js';

export const serviceReplyRules: readonly RuleSpec[] = [
	// FTP's 4xx replies are transient negative completions by the protocol's own definition (RFC 959): `421 Too many
	// connections (8) from this IP`, `421 Service not available`, `450 file busy`, as ftplib's error_temp and
	// ftputil's TemporaryError carry them. The server is up and refuses for the moment; a 5xx (error_perm) is not this.
	{
		name: 'ftp-transient-reply',
		match: {
			message: /(?:^|\n)(?:[\w.]+\.)?(?:error_temp|TemporaryError): 4\d\d\b/,
		},
		category: 'ENVIRONMENT',
		priority: 'MEDIUM',
		reason:
			'The FTP server answered with a transient 4xx reply (too many connections, service not available, a file busy): it is there and refuses for the moment, which the protocol says may pass on a later try',
	},
	// zeep raises `Fault: Unknown fault occured` when an HTTP answer that is not 200 holds no SOAP fault: a proxy's
	// or a maintenance page's 502 or 503, not a fault the service raised about the request.
	{
		name: 'soap-error-page',
		match: {
			message: /(?:^|\n)(?:[\w.]+\.)?Fault: Unknown fault occurr?ed\b/,
		},
		category: 'ENVIRONMENT',
		priority: 'MEDIUM',
		reason:
			'The SOAP service answered an HTTP error with no SOAP fault in it (a proxy or maintenance page, a 502 or 503): the service or what stands in front of it is not serving, not a fault about the request',
	},
	// A service's own answer asking the caller to retry later (a SOAP fault's `Order queue is full, retry later`, an
	// API's `Server overloaded, please try again later`): it is there and turns requests away for now. Not the
	// test's own assertion message.
	{
		name: 'asked-to-retry-later',
		match: {
			message:
				/(?:^|\n)(?!assertionerror\b)(?:[\w.]+\.)?\w+: [^\n]*\b(?:retry|try again)(?: in a (?:moment|while|few \w+))? later\b/i,
		},
		category: 'ENVIRONMENT',
		priority: 'MEDIUM',
		reason:
			'The service answered that it cannot take the request now and asked to retry later (a queue full, overloaded): a busy service, transient, not a defect of the request',
	},
	// HTTP's and WebDAV's 507 Insufficient Storage (RFC 4918): the service cannot store what it was sent because its
	// own storage or the account's quota is full (easywebdav's `Actual code : 507 Insufficient Storage`, a client's
	// HTTPError 507). The request is fine; the service's disk is not. Not the test's own assertion.
	{
		name: 'service-storage-full',
		match: {
			message: /\b507\b[^\n]{0,3}Insufficient Storage\b/,
			not: {exception: /(?:^|\.)AssertionError$/},
		},
		category: 'ENVIRONMENT',
		priority: 'MEDIUM',
		reason:
			"The service answered 507 Insufficient Storage: its disk or the account's quota is full, so it cannot store what the code sent; nothing of the request is wrong",
	},
];
