/**
Built-in rules for a GraphQL query the test wrote, refused for a field or an argument its schema does not have, when
the refusal reaches the test through the code (the test's own assertion on the result is test-code.ts'
`graphql-query-off-schema-in-test`).
*/

import type {RuleSpec} from './types.js';

/** graphql-core's words (also Strawberry's and Graphene's), quoted as graphql-core 3 and 2 quote them. */
const offSchema =
	/Cannot query field ["']\w+["'] on type ["']\w+["']|Unknown argument ["']\w+["'] on field ["'][\w.]+["']/;

/**
The field or argument the schema lacks, named on the source line of a test function's own frame (`data =
api.query("{ surveys { surveyId surveyDate } }")`): the query is the test's, whoever re-raised the error. The
frame's path and file name are bounded, so a line of 250 KB is not searched for one quadratically.
*/
const namedInTestCall =
	/^(?=[\s\S]*?(?:Cannot query field|Unknown argument) ["'](?<name>\w{1,200})["'] on (?:type|field) )[\s\S]*?(?:^|\n)[^\s<][^\n:]{0,300}?(?:test_[^/\n:]{0,200}|[^/\n:]{0,200}_test)\.py:\d+: in test\w*\n[^\n]*?[^\w\n]\k<name>\b/;

export const queryFieldRules: readonly RuleSpec[] = [
	// GraphQL refusing a query for a field or an argument the schema does not have (`Cannot query field 'surveyDate'
	// on type 'Survey'`, graphql-core's validation, before any resolver runs), raised through the code's helper (it
	// re-raises the result's first error) while the test's own call names that field in the query it passes: the
	// query is the test's, out of step with the schema, as suite 22 decided the same refusal seen in the test's own
	// assertion and suite 82 this one. A query of the code's own (a client of another service's API) names the field
	// on no test's line and is not read so.
	{
		name: 'graphql-query-off-schema-from-test',
		match: {message: offSchema, traceback: namedInTestCall},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			"GraphQL refused a query for a field or an argument the schema does not have, and the test's own call names it in the query it passes: the test's query is out of step with the schema (renamed, misspelt)",
	},
];
