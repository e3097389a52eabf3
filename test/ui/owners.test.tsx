import {describe, expect, test} from 'vitest';
import {ownersMatcher, parseCodeowners} from '../../source/classify/owners.js';
import {
	fixtureOf,
	frame,
	keys,
	loadRun,
	press,
	redisLog,
	renderReview,
	selectedLine,
	type Fixture,
} from './helpers.js';

const codeowners = `tests/ @redis/core
tests/test_pubsub.py @redis/pubsub @alice
tests/test_lock.py @redis/locks
tests/test_commands.py
`;

async function ownedFixture(): Promise<Fixture> {
	const ownersOf = ownersMatcher(parseCodeowners(codeowners).rules);
	return fixtureOf([await loadRun(redisLog)], {
		owners: {file: '.github/CODEOWNERS', ownersOf},
	});
}

/** The list's rows in the frame. */
function listRows(text: string): string[] {
	return text.split('\n').filter(line => /^[› ][* ] (?:FAIL|ERR )/.test(line));
}

/** `f` from `all` to the first owner filter: the built-ins this run offers, then its categories. */
async function toOwnerFilters(app: Awaited<ReturnType<typeof renderReview>>) {
	for (let index = 0; index < 9; index++) {
		await press(app, 'f');
	}
}

describe('owners from CODEOWNERS on the screen', () => {
	test('80 columns: in the detail pane only; an unowned failure says so', async () => {
		const data = await ownedFixture();
		const app = await renderReview(data);
		// The first failure is in tests/test_commands.py, which the last matching line leaves unowned.
		expect(frame(app)).toContain(
			'no owner in .github/CODEOWNERS · no note (# adds one)',
		);
		expect(listRows(frame(app)).join('\n')).not.toContain('@');
		await toOwnerFilters(app);
		expect(frame(app)).toContain('owners: @redis/core · no note');
		await press(app, 'f');
		expect(frame(app)).toContain('owners: @redis/pubsub @alice · no note');
		app.unmount();
	});

	test('120 columns: a narrow owners column in the list, the first owner and how many more', async () => {
		const data = await ownedFixture();
		const app = await renderReview(data, {}, {rows: 40, columns: 120});
		const rows = listRows(frame(app));
		expect(rows.length).toBeGreaterThan(5);
		expect(rows[0]).toMatch(
			/^› {2}FAIL \w+ +\w+ +- +tests\/test_commands\.py::/,
		);
		await toOwnerFilters(app);
		await press(app, 'f');
		const pubsub = listRows(frame(app));
		// The owner's column: the first owner and how many more; the id keeps its tail.
		expect(pubsub[0]).toMatch(/ environment {7}@redis\/pubsub\+1 …\S+::test_/);
		for (const row of [...rows, ...pubsub]) {
			expect([...row].length).toBeLessThanOrEqual(120);
		}

		app.unmount();
	});

	test('s: the summary has the failures by owner, the unowned last', async () => {
		const data = await ownedFixture();
		const app = await renderReview(data, {}, {rows: 80, columns: 100});
		await press(app, 's');
		const text = frame(app);
		const start = text.indexOf('By owner (.github/CODEOWNERS)');
		expect(start).toBeGreaterThan(-1);
		const owners = text
			.slice(start)
			.split('\n')
			.slice(1, 6)
			.map(line => /^ {2}(.+?) +[█░]+ +(\d+)/.exec(line)?.slice(1, 3));
		expect(owners).toEqual([
			['@redis/core', '75'],
			['@alice', '51'],
			['@redis/pubsub', '51'],
			['@redis/locks', '32'],
			['(no owner)', '7'],
		]);
		app.unmount();
	});

	test('f reaches one filter per owner (most failures first) and owner:none', async () => {
		const data = await ownedFixture();
		const app = await renderReview(data);
		await toOwnerFilters(app);
		expect(frame(app)).toContain('filter: owner:@redis/core (75 of 165)');
		await press(app, 'f');
		expect(frame(app)).toContain('filter: owner:@alice (51 of 165)');
		await press(app, 'f');
		expect(frame(app)).toContain('filter: owner:@redis/pubsub (51 of 165)');
		expect(frame(app)).toContain('owners: @redis/pubsub @alice');
		await press(app, 'f');
		expect(frame(app)).toContain('filter: owner:@redis/locks (32 of 165)');
		await press(app, 'f');
		expect(frame(app)).toContain('filter: owner:none (7 of 165)');
		expect(selectedLine(app)).toContain('TestRedisCommands::');
		// The header names it too, and esc drops it.
		expect(frame(app)).toContain('owner:none: 7 shown');
		await press(app, keys.escape);
		expect(frame(app)).toContain('filter: all');
		app.unmount();
	});
});
