/**
Built-in rules for what a database answers, in the words of its server or driver (PostgreSQL through
psycopg2, asyncpg or pg8000; MySQL through PyMySQL or mysqlclient; SQLite; MongoDB; SQLAlchemy's
wrappers, which repeat the driver's message; an ODBC driver manager's): a schema or a database that is not there, a read-only
server, a transaction the code did not roll back, SQL that does not parse, a lock, a statement
timeout, data that breaks a constraint.
*/

import type {RuleSpec} from './types.js';
import {higherAtSetup, raised} from './raised.js';

/** Rows a constraint refuses: a duplicate key, a missing parent row, a null or a check. */
const constraintViolation = raised(
	String.raw`\w*(?:UniqueViolation|ForeignKeyViolation|NotNullViolation|CheckViolation|ExclusionViolation)|DuplicateKeyError|UniqueViolationError|ForeignKeyViolationError|NotNullViolationError`,
	String.raw`duplicate key value violates unique constraint|violates (?:foreign key|not-null|check|exclusion) constraint|null value in column "[^"\n]*"[^\n]* violates|(?:UNIQUE|FOREIGN KEY|NOT NULL|CHECK) constraint failed|Duplicate entry '[^'\n]*' for key|Cannot (?:add or update|delete or update) a (?:child|parent) row: a foreign key constraint fails|Column '[^'\n]*' cannot be null|E11000 duplicate key error`,
);

/**
A database connection used after it was closed, in its driver's words (psycopg2's `InterfaceError: connection already
closed`, asyncpg's `connection is closed`, psycopg 3's `the connection is closed`, SQLAlchemy's wrapper repeating
them); not a cursor closed, which is the code's own doing.
*/
const connectionClosedEarlier =
	/(?:^|\n)(?:[\w.]+\.)?(?:InterfaceError: (?:\([\w.]+\) )?(?:connection already closed|(?:cannot perform operation: )?connection is closed)|OperationalError: (?:\([\w.]+\) )?the connection is closed)/;

/** A statement the server cancelled past its time limit (PostgreSQL's `statement_timeout`, MySQL's, MongoDB's). */
const statementTimeout = raised(
	'QueryCanceled|QueryCanceledError',
	String.raw`canceling statement due to statement timeout|maximum statement execution time exceeded|operation exceeded time limit`,
);

export const databaseRules: readonly RuleSpec[] = [
	{
		name: 'missing-schema-at-setup',
		match: {
			phase: ['setup', 'collect'],
			message: raised(
				'UndefinedTable|UndefinedTableError|NoSuchTableError',
				String.raw`no such table: |(?<!\bof )relation "[^"\n]+" does not exist|Table '[^'\n]+' doesn't exist`,
			),
		},
		category: 'CONFIGURATION',
		priority: 'HIGH',
		reason:
			"A fixture cannot start because a table it uses does not exist in the database it reached: the schema was not created or a migration was not applied here (or the settings point at another database). In the test itself a missing table can as well be a misspelt name in the code's query, so no rule guesses there",
	},
	// The same on a database server, in the test itself (PostgreSQL's `relation "refills" does not exist`, MySQL's
	// `Table 'shop.refills' doesn't exist`; not `column "dose" of relation "refills" does not exist`, a missing
	// column, which an INSERT or UPDATE names with its table): a server's schema is what migrations applied to it made, outside the
	// run, and the set that met it decided a migration not applied there. SQLite's `no such table`, a file the code
	// or its fixture creates with its own schema, stays with the code (five sets decided it so).
	{
		name: 'missing-schema-on-server',
		match: {
			phase: ['call'],
			message: raised(
				'UndefinedTable|UndefinedTableError',
				String.raw`(?<!\bof )relation "[^"\n]+" does not exist|Table '[^'\n]+' doesn't exist`,
			),
		},
		category: 'CONFIGURATION',
		priority: 'MEDIUM',
		reason:
			"A table the code uses does not exist on the database server it reached: the server's schema lacks a migration (not applied here) or the settings point at another database; a misspelt table name in the code's query reads the same, so look at the migrations first",
	},
	...higherAtSetup(
		{
			name: 'missing-database',
			match: {
				message: raised(
					'InvalidCatalogName|InvalidCatalogNameError',
					String.raw`database "[^"\n]+" does not exist|Unknown database '|role "[^"\n]+" does not exist|"error": ?"database not found: `,
				),
			},
			category: 'CONFIGURATION',
			priority: 'MEDIUM',
			reason:
				'The database or the role the settings name does not exist on this server: the test database was never created here, or the settings point at another server',
		},
		'HIGH',
	),
	// The server refusing a new session at its own limit (PostgreSQL's `sorry, too many clients already` and
	// `remaining connection slots are reserved`, Redis's `max number of clients reached`): other clients hold the
	// slots, as a busy server would; three of the four sets that met it decided so. A client pool's own `Too many
	// connections` (redis-py's max_connections) stays the pool's setting (configuration.ts).
	{
		name: 'server-connection-limit',
		match: {
			message:
				/too many clients|remaining connection slots are reserved|max number of clients reached/i,
			not: {
				message: /(?:^|\n)(?:[\w.]+\.)?(?:error_temp|TemporaryError): 4\d\d\b/,
			},
		},
		category: 'ENVIRONMENT',
		priority: 'MEDIUM',
		reason:
			'The server refused a new connection at its own limit of clients: other sessions hold its slots for now, the state of the server, not the code or its pool',
	},
	{
		name: 'write-to-read-only-server',
		match: {
			message: raised(
				'ReadOnlySqlTransaction|ReadOnlyError|NotPrimaryError|NotMasterError',
				String.raw`cannot execute \w+ in a read-only transaction|running with the --read-only option`,
			),
		},
		category: 'BUG',
		priority: 'HIGH',
		reason:
			'The code sent a write to a server or a transaction that only reads (a read replica, a standby, a read-only transaction): the code routes its writes wrong',
	},
	{
		name: 'aborted-transaction',
		match: {
			message: raised(
				'InFailedSqlTransaction|InFailedSQLTransactionError|PendingRollbackError',
				String.raw`current transaction is aborted, commands ignored until end of transaction block|transaction has been rolled back due to a previous exception`,
			),
		},
		category: 'BUG',
		priority: 'HIGH',
		reason:
			'The code went on using a transaction after a statement in it failed, without rolling back: the first error, earlier in the log or swallowed, is the real defect',
	},
	{
		name: 'sql-syntax-error',
		match: {
			message:
				/syntax error at or near|syntax error at end of input|near "[^"\n]*": syntax error|You have an error in your SQL syntax/,
		},
		category: 'BUG',
		priority: 'HIGH',
		reason:
			'The database cannot parse the SQL the code sent: a defect in a query',
	},
	// An ODBC connection string naming a driver or a data source the driver manager does not know (unixODBC's
	// `[Driver Manager]Can't open lib 'PostgreSQL Unicod' : file not found`, SQLSTATE IM002's `Data source name not
	// found`): the DSN of the settings, or a driver not installed where they run; no server was asked.
	...higherAtSetup(
		{
			name: 'odbc-driver-not-found',
			match: {
				message:
					/\[(?:ODBC )?Driver Manager] ?(?:Can't open lib '[^'\n]*'|Data source name not found)/,
			},
			category: 'CONFIGURATION',
			priority: 'MEDIUM',
			reason:
				'The ODBC driver manager does not know the driver or data source the connection string names (a misspelt driver, a DSN not defined, a driver not installed): the connection settings, not the database, which was never asked',
		},
		'HIGH',
	),
	// The lock raised on the test's own line, the traceback's only frame: the test holds a transaction on one of
	// its own connections (an `audit` connection in BEGIN EXCLUSIVE) and writes through another. A test's callback
	// that the code calls while the code's transaction is open (a second frame, the code's) is not read so, nor the
	// test's assertion on errors the code's threads gathered (`assert [OperationalError('database is locked')] == []`):
	// there the lock was met in the code, and the test only prints it.
	{
		name: 'database-locked-by-test',
		match: {
			message: /database is locked|database table is locked|SQLITE_BUSY/,
			exception: /^(?!(?:[\w.]*\.)?AssertionError$)/,
			raisedIn: ['test'],
			not: {traceback: /\.py:\d+: in [^\n]*\n[\s\S]*?\.py:\d+: in /},
		},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			"SQLite's lock was hit on the test's own line, the traceback's only frame, with no code under test in it: the test holds a transaction on one of its own connections and writes through another",
	},
	// The lock met while a fixture sets up, before the test's code has run: one fixture's connection cannot lock
	// itself out, so the write lock is held by a connection outside the test (another process or worker writing the
	// same file, a job on the runner). None of the sets' earlier locks came at setup; a teardown's lock, after the
	// code ran, stays the code's transaction left open.
	{
		name: 'database-locked-at-setup',
		match: {
			phase: ['setup'],
			message: /database is locked|database table is locked|SQLITE_BUSY/,
		},
		category: 'ENVIRONMENT',
		priority: 'HIGH',
		reason:
			"SQLite waited past its busy timeout while a fixture was setting up, before the test's code ran: a connection outside the test holds the database's write lock (another process or worker writing the same file)",
	},
	{
		name: 'database-locked',
		match: {
			message: /database is locked|database table is locked|SQLITE_BUSY/,
		},
		category: 'BUG',
		priority: 'HIGH',
		reason:
			'SQLite waited past its busy timeout for a write lock another connection holds: the code leaves a transaction open, or writes from several connections without coordinating them',
	},
	// A statement timeout on a read the code itself sends, its query printed on the code's line with no sleep in it
	// (`cur.execute("SELECT count(DISTINCT a.id) FROM events a JOIN events b "`): the time went into the query the
	// code wrote (a self-join, a correlated subquery, a scan no index serves), not a server made slow. Suites 59 and 62
	// each decided theirs the code's quadratic query; suite 44's, whose line holds the `pg_sleep` that stands for a
	// slow server, was decided the environment's, and stays so (as does a query from the test's own code, a
	// `FOR UPDATE` read, which waits on locks, and a write, which may).
	{
		name: 'statement-timeout-of-own-query',
		match: {
			message: statementTimeout,
			calledFrom: ['app'],
			callSource: /\.execute\([ \t]*[fr]?["']{1,3}[ \t]*(?:select|with)\b/i,
			not: {
				callSource: /sleep|waitfor|\bfor[ \t]+(?:update|share|no[ \t]+key)\b/i,
			},
		},
		category: 'BUG',
		priority: 'HIGH',
		reason:
			"The database cancelled a read the code sends, past the statement time limit, and the code's line shows the query with nothing in it that waits: the query itself is too slow for the data (a self-join, a correlated subquery, a scan no index serves)",
	},
	{
		name: 'statement-timeout',
		match: {message: statementTimeout},
		category: 'ENVIRONMENT',
		priority: 'MEDIUM',
		reason:
			'The database cancelled a statement that ran past its time limit: a slow or loaded database server more often than the query',
	},
	{
		name: 'constraint-violation-at-setup',
		match: {phase: ['setup'], message: constraintViolation},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			'A fixture inserts rows the database refuses (a key already there, a missing parent row): its data collides with what an earlier test left, or the fixture is wrong',
	},
	// A row refused for a key already there, where the test's own line hands the code a store it names as shared
	// (`loans.lend(shared_session, …)`, `book_wash(shared_book, …)`, `add_member(shared_db, …)`): a fixture kept for
	// the module or the session, into which an earlier test already wrote that row. Suites 11, 47, 49 and 51 each had
	// one, all decided the tests' shared state; no duplicate the sets decided the code's came through such a name.
	{
		name: 'constraint-violation-on-shared-store',
		match: {
			phase: ['call'],
			message: constraintViolation,
			traceback:
				/(?:^|\n)[^\n]*\btest_\w*\.py:\d+: in test_?\w*\n[^\n]*[(,][ \t]*shared_\w+[ \t]*[,)]/,
		},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			'The database refuses a row the test writes through a store it names as shared (a fixture kept for the module or the session): an earlier test already wrote it there, so the outcome depends on which tests ran before',
	},
	{
		name: 'constraint-violation',
		match: {message: constraintViolation},
		category: 'BUG',
		priority: 'HIGH',
		reason:
			'The code writes rows the database refuses (a duplicate key, a missing parent row, a null where none is allowed): a defect in the data the code writes or in its checks before writing',
	},
	// A connection that was already closed when the test used it: psycopg2 marks a connection closed once the server
	// dropped it on an earlier use (a restart, a failover, an idle timeout), and a module-scoped fixture or the code keeps
	// handing it out; both sets that met it (suites 62 and 65, a real PostgreSQL restarted mid-run) decided the server's
	// restart, not the code. The report before it on that connection shows the server going away.
	{
		name: 'connection-closed-earlier',
		match: {message: connectionClosedEarlier},
		category: 'ENVIRONMENT',
		priority: 'MEDIUM',
		reason:
			'The database connection was already closed when this test used it: the server dropped it on an earlier use (a restart, a failover, an idle timeout) and a fixture or the code kept it; look at the report before it. If the code closed it itself, it is a bug',
	},
];
