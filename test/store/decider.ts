/**
A decider in its own process, for the store tests: `node --import=tsx decider.ts URL NAME COUNT` makes
COUNT decisions on tests `NAME-0` … one at a time and prints `ack N` after each commit was acknowledged.
*/
import process from 'node:process';
import {openStoreJournal} from '../../source/store/decisions.js';

const [url, name, countText] = process.argv.slice(2);
const journal = await openStoreJournal({
	url: url!,
	now: () => new Date(),
	who: name!,
	listen: false,
});
const count = Number(countText);
for (let index = 0; index < count; index++) {
	await journal.decide({
		id: `tests/test_${name!}.py::test_${index}`,
		phase: 'call',
		category: index % 2 === 0 ? 'BUG' : 'ENVIRONMENT',
		priority: 'HIGH',
	});
	process.stdout.write(`ack ${index}\n`);
}

await journal.close();
