import {render} from 'ink-testing-library';
import {expect, test} from 'vitest';
import {Header} from '../../source/ui/header.js';
import {fixture} from './helpers.js';

test('the header groups the shown and marked counts by thousands, as the decided count beside them', async () => {
	const data = await fixture();
	// A run of 2,495 failures with a cluster of 1,482 shown, 1,200 of them marked: the line said
	// `1,482/2,495 decided · filter cluster …: 1482 shown · 1200 marked *`.
	const app = render(
		<Header
			analysis={data.analysis}
			progress={{
				total: 2495,
				decided: 1482,
				stale: 0,
				undecided: 1013,
				fresh: 0,
			}}
			filterLabel="cluster 34084bf7f6"
			shown={1482}
			marked={1200}
			pendingPriority={undefined}
			width={160}
			theme={{isColor: false}}
		/>,
	);
	const progressLine = app.lastFrame()!.split('\n')[1]!;
	expect(progressLine).toContain('1,482/2,495 decided');
	expect(progressLine).toContain('filter cluster 34084bf7f6: 1,482 shown');
	expect(progressLine).toContain('1,200 marked *');
	app.unmount();
});
