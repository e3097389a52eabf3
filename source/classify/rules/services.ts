/**
Built-in rules for services and the network: a server down or gone, a dropped connection, no DNS or
route, a port taken, a certificate, a circuit breaker open, an upstream that answers 5xx.
*/

import type {RuleSpec} from './types.js';
import {firstOnLineSource} from './line-patterns.js';
import {answeringRules} from './services-answering.js';
import {connectionRefused, higherAtSetup, raised} from './raised.js';

// Message patterns look at the exception lines only, not at source code in the traceback,
// so a test that merely mentions `ConnectionRefusedError` is not taken for one that hit it.
export const serviceRules: readonly RuleSpec[] = [
	// First: a breaker's error quotes the last failure it counted (`last: 502 Bad Gateway`,
	// `last_failure: URLError(ConnectionRefusedError(111, 'Connection refused'))`), which is not what this test hit.
	{
		name: 'circuit-open',
		match: {
			message:
				/(?:^|\n)(?:[\w.]+\.)?\w*circuit\w{0,64}(?:error|exception|open\w*)\b|circuit breaker (?:is |still |was )?open/i,
		},
		category: 'ENVIRONMENT',
		priority: 'MEDIUM',
		reason:
			'A circuit breaker is open: the dependency behind it failed repeatedly, and the breaker now refuses calls to it without trying',
	},
	{
		name: 'connection-refused',
		match: {
			message: connectionRefused,
		},
		category: 'ENVIRONMENT',
		priority: 'HIGH',
		reason:
			'A service the test needs is not listening (connection refused): it is down or was never started, and every test that needs it fails until it is back',
	},
	// The MySQL and MariaDB C clients (mysqlclient, mysql-connector's C extension) give only the errno in
	// parentheses: 111 refused, 115 a non-blocking connect that failed (MariaDB Connector/C's report of a refusal),
	// 110 or 113 no answer or no route; none of them says refused in words.
	{
		name: 'mysql-server-not-reached',
		match: {
			message:
				/Can't connect to (?:MySQL |MariaDB )?server on '[^'\n]*' \((?:111|115|110|113|10060|10061)\)/,
		},
		category: 'ENVIRONMENT',
		priority: 'HIGH',
		reason:
			'The MySQL or MariaDB client could not connect to the server at that host and port (its C library gives only the errno): the database is not running there or not reachable, and every test that needs it fails until it is',
	},
	{
		name: 'server-socket-missing',
		match: {
			message: new RegExp(
				[
					String.raw`connection to server on socket "[^"\n]*" failed: No such file or directory|accepting connections on Unix domain socket|Can't connect to local (?:MySQL |MariaDB )?server through socket|Can't connect to MySQL server on '[^'\n]*' \(\[Errno 2] No such file or directory\)`,
					firstOnLineSource(
						'connecting to unix socket: ',
						String.raw`[^\n]*No such file or directory`,
						'unix',
					),
					firstOnLineSource(
						'Failed to connect to socket ',
						String.raw`[^\n]*: (?:No such file or directory|Connection refused)`,
						'socket',
					),
					String.raw`org\.freedesktop\.DBus\.Error\.(?:NoServer|ServiceUnknown)\b`,
				].join('|'),
			),
		},
		category: 'ENVIRONMENT',
		priority: 'HIGH',
		reason:
			'A database or cache the test needs has no Unix socket where the client looks: the server is not running on this machine (or listens elsewhere)',
	},
	{
		name: 'server-closed-connection',
		match: {
			message:
				/server closed the connection unexpectedly|terminating connection due to administrator command|the database system is (?:shutting down|starting up|in recovery mode)|Lost connection to (?:MySQL )?server|server has gone away|Connection closed by server|Server unexpectedly closed (?:the )?connection/,
		},
		category: 'ENVIRONMENT',
		priority: 'HIGH',
		reason:
			'The server went away during the test: it crashed, was killed or restarted, and every test that needs it fails until it is back',
	},
	{
		name: 'service-unavailable',
		match: {
			message: raised(
				String.raw`NoBrokersAvailable|AMQPConnectionError|ServerSelectionTimeoutError|VaultDown|ServerDown|ServiceDown|HostDown|NodeDown|ClusterDown|SERVER_DOWN`,
				// python-ldap's SERVER_DOWN; librdkafka's (confluent-kafka's) words for brokers it cannot reach; pycups'.
				String.raw`StatusCode\.UNAVAILABLE|Cannot connect to the Docker daemon|Error while fetching server API version|\b(?:Vault|server|service) is sealed\b|Can't contact LDAP server|Broker transport failure|_ALL_BROKERS_DOWN\b|All broker connections are down|(?:^|\n)(?:[\w.]+\.)?\w+: [Ff]ailed to connect to (?:the )?server\b`,
			),
			// gRPC says UNAVAILABLE for a TLS handshake that failed too: a server is there (certificate-untrusted).
			not: {message: /Ssl handshake failed/},
		},
		category: 'ENVIRONMENT',
		priority: 'HIGH',
		reason:
			'A broker or service the test needs has no server to answer, or its client says the service is down (a sealed Vault): it is down or was never started',
	},
	{
		name: 'service-starting',
		match: {
			message: raised(
				'BusyLoadingError|TryAgainError',
				String.raw`is loading the dataset in memory|not yet accepting connections|the database system is not yet accepting`,
			),
		},
		category: 'ENVIRONMENT',
		priority: 'MEDIUM',
		reason:
			'A service the test needs was still starting (loading its data, not accepting connections yet)',
	},
	// A replica whose link to its primary is down and that will not serve stale data (Redis's `MASTERDOWN Link
	// with MASTER is down and replica-serve-stale-data is set to 'no'`): a failover or a partition in progress, the
	// server's state for now, not the code's use of its client.
	{
		name: 'replica-cut-from-primary',
		match: {
			message: /(?:^|\n|: )MASTERDOWN\b|Link with MASTER is down/,
		},
		category: 'ENVIRONMENT',
		priority: 'MEDIUM',
		reason:
			'A replica the code reads from has lost its link to the primary and refuses to answer with stale data: a failover or a network partition in progress',
	},
	// A replica reported as lagging behind its primary, in the words of the code's or a library's guard refusing to
	// read from it (`ReplicaLagError: replica records-ro is 1.5 s behind the primary (limit 1.0 s)`, `replication lag
	// 4.2 s exceeds…`): how far the replica's applier has got is the servers' state for now, as a link that is down
	// is. A test that reads the replica too soon and finds no row (`assert None == …`) names no lag and is not read so.
	{
		name: 'replica-lagging',
		match: {
			message:
				/\breplica(?:tion)?lag|\breplica(?:tion)? lag\b|\bbehind (?:the )?(?:primary|master|leader)\b/i,
		},
		category: 'ENVIRONMENT',
		priority: 'MEDIUM',
		reason:
			'A replica the code reads from is reported lagging behind its primary, and the read was refused or came back stale: the replica has not caught up (a slow applier, a replication delay), the state of the servers for now',
	},
	// A server that is up and says it is busy with other work: Redis running a long script (`BUSY Redis is busy
	// running a script`), Azure Storage's ServerBusy. The words `busy` alone are not enough (a device, SQLite).
	{
		name: 'server-busy',
		match: {
			message:
				/(?:^|\n|: )busy redis is busy|is busy running a script|\bserverbusy\b|\bserver is (?:too )?busy\b/i,
		},
		category: 'ENVIRONMENT',
		priority: 'MEDIUM',
		reason:
			'A service the test needs answered that it is busy with other work (a long script, too much load): it is there, and refuses for the moment',
	},
	{
		name: 'connection-reset',
		match: {
			message: raised(
				String.raw`ConnectionResetError|ConnectionAbortedError|BrokenPipeError|ConnectionClosed\w*|RemoteDisconnected|RemoteProtocolError|ChunkedEncodingError|IncompleteRead(?:Error)?|\w*UnexpectedClose\w*|SSLZeroReturnError|SSLEOFError|SMTPServerDisconnected|ServerDisconnectedError|ClientPayloadError|ConnectionDoesNotExistError|StreamLostError|AutoReconnect`,
				String.raw`Connection reset by peer|\bECONNRESET\b|Broken pipe|Connection aborted|Remote end closed connection|Server disconnected|Connection broken|EOF occurred in violation of protocol|connection has been closed \(EOF\)|Connection unexpectedly closed|Response payload is not completed|connection was closed in the middle of operation|Error reading SSH protocol banner|(?<!\d)\d+ bytes read on a total of \d+ expected bytes|Connection lost while (?:reading|writing|receiving|sending)\b` +
					// A client of the code's own (a raw socket speaking a handshake) says the same in its own
					// error: the peer closed before answering. psycopg2's `closed the connection unexpectedly` is
					// server-closed-connection's.
					String.raw`|\bclosed the connection (?:during|before|while|without|in the middle of)\b|\b[Cc]onnection closed by (?:the )?(?:peer|remote (?:end|host|side))\b`,
			),
		},
		category: 'ENVIRONMENT',
		priority: 'MEDIUM',
		reason:
			'The peer dropped the connection during the test (reset, broken pipe): the network, a proxy or the server, not the code',
	},
	{
		name: 'dns-name-does-not-exist',
		match: {
			message: raised('NXDOMAIN', 'The DNS query name does not exist'),
		},
		category: 'CONFIGURATION',
		priority: 'MEDIUM',
		reason:
			'The DNS server answered that the host name does not exist (NXDOMAIN, not a failure to answer): the name in the settings is wrong',
	},
	{
		name: 'dns-servers-failing',
		match: {
			message: raised(
				'NoNameservers',
				String.raw`All nameservers failed to answer|answered SERVFAIL|\bSERVFAIL\b[^\n]{0,40}?(?:from|for) |status: SERVFAIL`,
			),
		},
		category: 'ENVIRONMENT',
		priority: 'HIGH',
		reason:
			'The DNS servers answer with a failure (SERVFAIL), not that a name does not exist: name resolution is down, and every test that needs a name fails until it is back',
	},
	// Before placeholder-host and dns-failure: the name that does not resolve is the proxy's, which only the
	// proxy settings (HTTPS_PROXY, libcurl's PROXY, a client's `proxies`) name; libcurl says so in its own words
	// (CURLE_COULDNT_RESOLVE_PROXY), urllib3 and requests as a ProxyError around a name-resolution error.
	{
		name: 'proxy-unresolvable',
		match: {
			message:
				/Could not resolve proxy\b|(?:Cannot|Unable to) connect to proxy[^\n]*?(?:NameResolutionError|Failed to resolve|Name or service not known|Temporary failure in name resolution|nodename nor servname|No address associated with hostname)/,
		},
		category: 'CONFIGURATION',
		priority: 'MEDIUM',
		reason:
			"The proxy the requests go through has a name this machine cannot resolve: the proxy setting names a proxy of another network (a cluster's, an office's), not one this run can reach",
	},
	// Before dns-failure (an NXDOMAIN or a SERVFAIL says more of its own): a name under a top-level domain
	// reserved never to resolve (RFC 2606: .invalid, .example, .test, example.com) is a placeholder the
	// settings still hold, whatever the resolver said.
	{
		name: 'placeholder-host',
		match: {
			message:
				/^(?=[\s\S]*?(?:gaierror|nameresolutionerror|name or service not known|temporary failure in name resolution|nodename nor servname|getaddrinfo (?:failed|enotfound|eai_again)|no address associated with hostname|could not translate host name|could not resolve host))[\s\S]*?(?<![\w.-])(?:(?:[a-z\d-]+\.)+(?:invalid|example|test)|(?:[a-z\d-]+\.)*example\.(?:com|net|org))(?![\w.-])/i,
		},
		category: 'CONFIGURATION',
		priority: 'MEDIUM',
		reason:
			'The host name is under a top-level domain reserved never to resolve (.invalid, .example, .test): a placeholder in the settings that this run did not replace, not a DNS outage',
	},
	{
		name: 'dns-failure',
		match: {
			message: raised(
				'gaierror|NameResolutionError',
				String.raw`Name or service not known|Temporary failure in name resolution|nodename nor servname|getaddrinfo (?:failed|ENOTFOUND|EAI_AGAIN)|No address associated with hostname|could not translate host name|Could not resolve host|Failed to resolve`,
			),
		},
		category: 'ENVIRONMENT',
		priority: 'MEDIUM',
		reason:
			'A host name could not be resolved: this machine has no DNS or no network, or the service is not on its network',
	},
	{
		name: 'network-unreachable',
		match: {
			message:
				/Network is unreachable|No route to host|\bENETUNREACH\b|\bEHOSTUNREACH\b/,
		},
		category: 'ENVIRONMENT',
		priority: 'MEDIUM',
		reason: 'No route to the host: this machine is offline or sandboxed',
	},
	{
		name: 'fixed-port-taken',
		match: {
			message:
				/Address already in use|\bEADDRINUSE\b|\[Errno 98]|\[WinError 10048]/,
			// The port written in the code: a number or a constant (`("127.0.0.1", 8765)`, `DISPLAY_PORT`).
			traceback: /\(\s*["'][^"'\n]*["']\s*,\s*(?:\d{2,5}|[A-Z][A-Z\d_]*)\s*\)/,
			calledFrom: ['test'],
		},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			'A test or fixture binds a port written in its code, which another test or process already holds: the test should ask for a free port (port 0)',
	},
	{
		name: 'address-in-use',
		match: {
			message:
				/Address already in use|\bEADDRINUSE\b|\[Errno 98]|\[WinError 10048]|Cannot assign requested address|\[Errno 99]|port is already allocated/,
		},
		category: 'ENVIRONMENT',
		priority: 'MEDIUM',
		reason:
			'A port the test binds is taken by another process on the machine (a leftover server, a parallel job), or the address is not local',
	},
	...higherAtSetup(
		{
			name: 'certificate-unreadable',
			match: {
				message:
					/PEM routines|no start line|\[SSL] PEM lib|Could not deserialize key data|unable to load (?:certificate|private key)|Unable to load PEM file/,
			},
			category: 'CONFIGURATION',
			priority: 'MEDIUM',
			reason:
				'A certificate or key file could not be read as the format the code expects (DER where PEM is wanted, a file that is not one): the settings point at the wrong file or format',
		},
		'HIGH',
	),
	{
		name: 'certificate-expired',
		match: {
			message: /certificate has expired|cert_has_expired|certificate expired/i,
		},
		category: 'ENVIRONMENT',
		priority: 'MEDIUM',
		reason:
			"The server's TLS certificate has expired: the service's problem, not the code's or the settings'",
	},
	{
		name: 'certificate-untrusted',
		match: {
			message: raised(
				'SSLCertVerificationError|SSLError|CertificateError',
				String.raw`CERTIFICATE_VERIFY_FAILED|certificate verify failed|self[- ]signed certificate|unable to get local issuer certificate|[Hh]ostname mismatch|WRONG_VERSION_NUMBER|SSL certificate problem: |SSL: no alternative certificate subject name matches target host name|SSL: certificate subject name [^\n]*?does not match target host name|SSL peer certificate or SSH remote key was not OK|Ssl handshake failed: SSL_ERROR_SSL: [^\n]*?(?:CERTIFICATE_VERIFY_FAILED|certificate verify failed|wrong version number|WRONG_VERSION_NUMBER)`,
			),
		},
		category: 'CONFIGURATION',
		priority: 'MEDIUM',
		reason:
			"TLS failed: the server's certificate authority is not trusted here (a CA bundle setting), the host name does not match, or TLS is spoken to a plain port",
	},
	{
		name: 'proxy-refused',
		match: {
			message:
				// requests' and aiohttp's words put theirs between the status and the reason (`407 Client Error:
				// Proxy Authentication Required for url`, `407, message='Proxy Authentication Required'`).
				/\b407(?: Client Error: |, message='| )Proxy Authentication Required|Tunnel connection failed: 40[37]\b/,
		},
		category: 'CONFIGURATION',
		priority: 'MEDIUM',
		reason:
			'The HTTP proxy refuses the request: it wants credentials the proxy settings do not give (407), or does not allow that host (403)',
	},
	{
		name: 'mail-relay-refused',
		match: {
			message:
				/Relaying denied|Relay access denied|[Rr]elaying (?:is )?not (?:permitted|allowed)|[Ww]e do not relay|Unable to relay\b/,
		},
		category: 'CONFIGURATION',
		priority: 'MEDIUM',
		reason:
			'The mail relay refuses to pass the message on for that sender or recipient domain: the relay the settings name, or its relay rules for this service, are wrong here',
	},
	// A relay that wants the client to log in (or to start TLS) before it takes a sender: smtplib's
	// SMTPSenderRefused (530, b'5.7.0 Authentication required', …), Exchange's `5.7.57 Client was not
	// authenticated`. A login refused (535) is the credentials' rule.
	{
		name: 'mail-relay-wants-authentication',
		match: {
			message:
				/\b530\b[^\n]{0,40}?(?:authentication required|must issue a starttls command first|client was not authenticated|not authenticated)|\b5\.7\.0 authentication required\b|\b5\.7\.57\b/i,
		},
		category: 'CONFIGURATION',
		priority: 'MEDIUM',
		reason:
			'The mail relay wants the service to log in (or start TLS) before it takes the message, and the code sent without: the relay credentials, or the setting that turns on SMTP AUTH or STARTTLS, are missing here',
	},
	// A relay that does not offer what the settings turn on: smtplib's SMTPNotSupportedError (`STARTTLS extension
	// not supported by server`, `SMTP AUTH extension not supported by server`).
	{
		name: 'mail-relay-lacks-extension',
		match: {
			message: /(?:STARTTLS|SMTP AUTH|AUTH) extension not supported by server/,
		},
		category: 'CONFIGURATION',
		priority: 'MEDIUM',
		reason:
			'The mail relay does not offer STARTTLS (or SMTP AUTH), which the settings tell the code to use: the relay the settings name, or the setting that turns TLS or login on, is wrong here',
	},
	// Then a service reached that answers badly or not at all (services-answering.ts).
	...answeringRules,
];
