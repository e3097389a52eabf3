import {expect, test} from 'vitest';
import {
	demoLog,
	expectFits,
	fixture,
	frame,
	keys,
	press,
	renderReview,
} from './helpers.js';

const size = {rows: 24, columns: 80};

/** The status line: the line above the footer (the frame is one line shorter than the terminal). */
function statusLine(text: string): string {
	return text.split('\n').at(-2) ?? '';
}

test('q quits, said by esc in the list, is gone once the next key opens the summary or moves', async () => {
	const data = await fixture();
	const app = await renderReview(data, {}, size);
	await press(app, keys.escape);
	expect(statusLine(frame(app))).toBe('q quits');
	await press(app, 's');
	expect(frame(app)).toContain('By category');
	expect(frame(app)).not.toContain('q quits');
	await press(app, keys.escape);
	await press(app, keys.escape);
	expect(statusLine(frame(app))).toBe('q quits');
	await press(app, 'j');
	expect(frame(app)).not.toContain('q quits');
	expect(statusLine(frame(app))).toMatch(/^2\/\d+: /);
	app.unmount();
});

test('no such key: said of that key, gone at the next', async () => {
	const data = await fixture();
	const app = await renderReview(data, {}, size);
	await press(app, 'Q');
	expect(frame(app)).toContain('Q: no such key here (? for help)');
	await press(app, '?');
	expect(frame(app)).not.toContain('no such key');
	app.unmount();
});

test("a status too long for its line takes the footer's line too, and keeps its end", async () => {
	const data = await fixture();
	const narrow = {rows: 24, columns: 60};
	const app = await renderReview(data, {}, narrow);
	await press(app, '+');
	const lines = frame(app).split('\n');
	expect(lines.slice(-2)).toEqual([
		'detail pane hidden: the list has the screen (+ shows it, l',
		'opens one failure)',
	]);
	expect(frame(app)).not.toContain('q quit');
	expect(expectFits(app, narrow)).toMatchObject({
		isShortEnough: true,
		tooWide: [],
	});
	// A status that fits gives the footer its line back.
	await press(app, '+');
	expect(frame(app).split('\n').slice(-2)).toEqual([
		'detail pane shown',
		expect.stringContaining('q quit'),
	]);
	app.unmount();
});

test('a saved decision at 80 columns: one line, the id cut at its start, the footer kept', async () => {
	const data = await fixture(demoLog);
	const app = await renderReview(data, {}, size);
	await press(app, 'j', 'e');
	const lines = frame(app).split('\n');
	expect(lines.at(-2)).toMatch(
		/^✓ saved: ENVIRONMENT HIGH …[\w/.:]+test_authentication_service_outage$/,
	);
	expect([...lines.at(-2)!].length).toBeLessThanOrEqual(80);
	expect(lines.at(-1)).toContain('q quit');
	app.unmount();
});

test.each([
	{rows: 24, columns: 80},
	{rows: 24, columns: 60},
])(
	'a saved note at $columns columns: one line that ends with the whole test name, the footer kept',
	async narrow => {
		const data = await fixture(demoLog);
		const app = await renderReview(data, {}, narrow);
		await press(app, '#', 'n', keys.enter);
		const lines = frame(app).split('\n');
		expect(lines.at(-2)).toMatch(
			/^✓ saved note \(and [A-Z_]+ [A-Z]+\): …\S+::test_get_order_not_found$/,
		);
		expect(lines.at(-1)).toContain('q quit');
		expect(expectFits(app, narrow)).toMatchObject({
			isShortEnough: true,
			tooWide: [],
		});
		app.unmount();
	},
);

test('a reason that names a path is prose: it wraps whole, no part of it is cut as if it were the id', async () => {
	const data = await fixture(demoLog);
	const rootdir =
		'/home/ci/builds/chaos-service/workspace/checkout/of/the/repository';
	const app = await renderReview(
		data,
		{
			async onRerun() {
				return {
					kind: 'unavailable',
					message: `cannot run again: ${rootdir} is not on this machine`,
				};
			},
		},
		size,
	);
	await press(app, 'R', keys.enter);
	await press(app);
	// Both lines, the whole reason: its path too (wrapped where the line ends).
	const lines = frame(app).split('\n').slice(-2);
	expect(lines.join('').replaceAll(/\s/g, '')).toBe(
		`✗ cannot run again: ${rootdir} is not on this machine`.replaceAll(
			/\s/g,
			'',
		),
	);
	expect(lines.join('')).not.toContain('…');
	expect(expectFits(app, size)).toMatchObject({
		isShortEnough: true,
		tooWide: [],
	});
	app.unmount();
});

test('copying an id with spaces in its parameters at 60 columns: one line, the id cut at its start as one', async () => {
	const data = await fixture(demoLog);
	const narrow = {rows: 24, columns: 60};
	const app = await renderReview(data, {}, narrow);
	await press(app, '/');
	await press(app, ...'pool size 200');
	await press(app, keys.enter, 'y');
	const lines = frame(app).split('\n');
	expect(lines.at(-2)).toMatch(
		/^copied: …\S*test_database_connection_pool_load\[pool size 200]$/,
	);
	expect([...lines.at(-2)!]).toHaveLength(60);
	expect(lines.at(-1)).toContain('q quit');
	app.unmount();
});

test('at 40×10 a long status keeps to one line: the header, the list and the footer stay', async () => {
	const data = await fixture(demoLog);
	const small = {rows: 10, columns: 40};
	const app = await renderReview(data, {}, small);
	const expectScreen = () => {
		const lines = frame(app).split('\n');
		expect(lines[0]).toMatch(/^run\.log · complete · /);
		expect(lines[1]).toMatch(/\d+\/\d+ decided/);
		expect(lines.at(-1)).toContain('q quit');
		expect(expectFits(app, small)).toMatchObject({
			isShortEnough: true,
			tooWide: [],
		});
		return lines.at(-2)!;
	};

	// Prose: cut at its end, as any line too long for the screen.
	await press(app, '+');
	expect(expectScreen()).toMatch(/^detail pane hidden: the list has the .*…$/);
	await press(app, '+');
	// A saved decision: the id's end kept, however little room it has.
	await press(app, 'e');
	const saved = expectScreen();
	expect(saved).toMatch(/^✓ saved: ENVIRONMENT HIGH …\S+$/);
	expect([...saved]).toHaveLength(40);
	// Undone: the same, with fewer columns for the id.
	await press(app, 'z');
	expect(expectScreen()).toMatch(/^✓ undone: decision removed from …\S+$/);
	app.unmount();
});

test('a status is drawn through the sanitizer, whoever made it: a runner’s message with escapes, C1, bidi and a line break reaches the frame inert, on its line', async () => {
	const data = await fixture();
	// The runner's words as they came (the real one sanitizes its own; the line must not depend on it).
	const message =
		'cannot run: \u001B]0;TITLE\u0007\u009B2J x\u202Ey \u0085 \uD800\nsecond line';
	const app = await renderReview(
		data,
		{
			onRerun: async () => ({kind: 'unavailable', message}),
			onRerunWhere: () => ({command: 'python3 -m pytest', cwd: '/srv/suite'}),
		},
		{rows: 24, columns: 160},
	);
	await press(app, 'R');
	await press(app, keys.enter);
	const line = statusLine(frame(app));
	expect(line).toBe(
		'✗ cannot run: ␛]0;TITLE␇<U+009B>2J x<U+202E>y <U+0085> <U+D800>⏎second line',
	);
	expect(frame(app)).not.toMatch(
		/[\u0007\u001B\u0085\u009B\u202E]|[\uD800-\uDFFF]/,
	);
	app.unmount();
});
