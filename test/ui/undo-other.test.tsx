import {describe, expect, test} from 'vitest';
import {
	type DecisionInput,
	openJournal,
	type Journal,
} from '../../source/triage/journal.js';
import {
	decisionsOnDisk,
	type Fixture,
	fixture,
	frame,
	keys,
	press,
	renderReview,
	type Rendered,
} from './helpers.js';

/** Another session on the same file: a second journal, as `triage decide` in another terminal opens it. */
function otherSession(data: Fixture): Journal {
	return openJournal(data.journalPath, {now: () => new Date()});
}

/** Decisions on the first `count` failures of the fixture (BUG LOW, as a bulk decide makes them). */
function bulk(data: Fixture, count: number, from = 0): DecisionInput[] {
	return data
		.review()
		.rows.slice(from, from + count)
		.map(row => ({
			id: row.analyzed.failure.id,
			phase: row.analyzed.failure.phase,
			category: 'BUG',
			priority: 'LOW',
		}));
}

/** The frame on one line: a long status wraps into the footer's line. */
function text(app: Rendered): string {
	return frame(app).replaceAll(/\s+/g, ' ');
}

const wide = {rows: 30, columns: 120};

describe("z and another session's action", () => {
	test('z asks first; n cancels and keeps every decision; z y undoes it', async () => {
		const data = await fixture();
		const app = await renderReview(data, {}, wide);
		otherSession(data).decideMany(bulk(data, 50));
		await press(app, 'z');
		expect(text(app)).toMatch(
			/undo another session's action: 50 decisions on 48 tests (at|on) [\d: -]+\? y\/n/,
		);
		expect(frame(app)).toContain('y undo it');
		expect(decisionsOnDisk(data).size).toBe(50);

		await press(app, 'n');
		expect(frame(app)).toContain('nothing undone');
		expect(decisionsOnDisk(data).size).toBe(50);

		await press(app, 'z', 'y');
		expect(frame(app)).toContain(
			"undone another session's action: decisions removed from 48 tests",
		);
		expect(decisionsOnDisk(data).size).toBe(0);
		expect(frame(app)).toContain('0/165 decided');
		app.unmount();
	});

	test('any other key cancels, and does nothing else (b decides nothing)', async () => {
		const data = await fixture();
		const app = await renderReview(data, {}, wide);
		otherSession(data).decideMany(bulk(data, 3));
		await press(app, 'z', 'b');
		expect(frame(app)).toContain('nothing undone');
		expect(decisionsOnDisk(data).size).toBe(3);
		// Esc too.
		await press(app, 'z');
		await press(app, keys.escape);
		expect(frame(app)).toContain('nothing undone');
		expect(decisionsOnDisk(data).size).toBe(3);
		app.unmount();
	});

	test("this session's own action is undone without asking, even over another session's", async () => {
		const data = await fixture();
		const app = await renderReview(data, {}, wide);
		otherSession(data).decideMany(bulk(data, 5, 10));
		await press(app, 'c');
		expect(decisionsOnDisk(data).size).toBe(6);
		await press(app, 'z');
		expect(frame(app)).toContain('✓ undone: decision removed from');
		expect(decisionsOnDisk(data).size).toBe(5);
		// Then the other session's comes next: asked about.
		await press(app, 'z');
		expect(text(app)).toContain("undo another session's action: 5 decisions");
		await press(app, 'n');
		expect(decisionsOnDisk(data).size).toBe(5);
		app.unmount();
	});

	test('another session appends between the question and y: nothing is undone, and the screen asks again', async () => {
		const data = await fixture();
		const app = await renderReview(data, {}, wide);
		const other = otherSession(data);
		other.decideMany(bulk(data, 4));
		await press(app, 'z');
		expect(text(app)).toContain("undo another session's action: 4 decisions");
		// Meanwhile, in another terminal:
		other.decideMany(bulk(data, 1, 20));
		await press(app, 'y');
		expect(text(app)).toMatch(
			/changed meanwhile, nothing undone; now the newest is another session's action: a decision on \S+ (at|on) [\d: -]+\. Undo it\? y\/n/,
		);
		expect(decisionsOnDisk(data).size).toBe(5);
		// y now undoes the newer one it named, and only it.
		await press(app, 'y');
		expect(text(app)).toContain("undone another session's action");
		expect(decisionsOnDisk(data).size).toBe(4);
		app.unmount();
	});

	test('the question fits 80 columns', async () => {
		const data = await fixture();
		const app = await renderReview(data);
		otherSession(data).decideMany(bulk(data, 120));
		await press(app, 'z');
		const question = frame(app)
			.split('\n')
			.find(line => line.includes("another session's"));
		expect(question).toMatch(
			/120 decisions on 115 tests (at|on) [\d: -]+\? y\/n/,
		);
		expect([...question!].length).toBeLessThanOrEqual(80);
		app.unmount();
	});
});
