/**
The filter kept from last time, when this run does not offer its quick filter: `new` kept from day 2 and a run
opened alone (no earlier run), `rerun` from a run that had reruns, an owner with no failure today. Before, the kept
`@new` was read as a text filter, the regex /@new/, and the review opened on an empty list.
*/
import {describe, expect, test} from 'vitest';
import {formatFilter, parseFilter} from '../../source/review/filters.js';
import {fixture, frame, renderReview} from './helpers.js';

describe('a kept quick filter this run does not offer', () => {
	test('the review opens on every failure, not on an empty list filtered by /@new/', async () => {
		const data = await fixture();
		const app = await renderReview(data, {
			resume: {filter: '@new', selectedId: undefined},
		});
		expect(frame(app)).not.toContain('@new');
		expect(frame(app)).not.toContain('No failure matches the filter');
		expect(frame(app)).toContain('1/165');
		app.unmount();
	});

	test('the text kept with it stays', async () => {
		const data = await fixture();
		const app = await renderReview(data, {
			resume: {filter: '@rerun pubsub', selectedId: undefined},
		});
		expect(frame(app)).toContain('filter /pubsub/: 54 shown');
		app.unmount();
	});

	test('a quick filter not offered, by name or owner, is dropped; an unknown word stays text', () => {
		const offered = ['all', 'undecided', 'stale', 'flaky', 'BUG'];
		expect(parseFilter('@new', offered)).toEqual({quick: 'all', text: ''});
		expect(parseFilter('@rerun auth', offered)).toEqual({
			quick: 'all',
			text: 'auth',
		});
		expect(parseFilter('@owner:@org/team', offered)).toEqual({
			quick: 'all',
			text: '',
		});
		expect(parseFilter('@nothing x', offered)).toEqual({
			quick: 'all',
			text: '@nothing x',
		});
	});

	test('a text filter typed with a leading @ comes back as text, not as a quick filter', () => {
		const offered = ['all', 'undecided', 'new', 'flaky'];
		for (const text of ['@new', '@flaky x', '@nothing', '@']) {
			expect(parseFilter(formatFilter('all', text), offered)).toEqual({
				quick: 'all',
				text,
			});
		}

		expect(formatFilter('all', 'auth')).toBe('auth');
	});
});
