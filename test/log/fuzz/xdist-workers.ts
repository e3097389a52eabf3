/**
Whether a recorded pytest command runs xdist workers: `-n N` (N ≥ 1), `-nN`, `-n auto`, `-n logical`,
`--numprocesses N` or `--numprocesses=N`. `-n 0` runs the tests in the controller, as without xdist. Asked by
fuzz.ts: xdist stopping after `-x` or `--maxfail` exits 2, with any number of workers.
*/
const workersOption =
	/(?:^|\s)(?:-n\s*|--numprocesses(?:=|\s+))(auto|logical|\d+)(?=\s|$)/g;

export function usesWorkers(command: string): boolean {
	let uses = false;
	for (const match of command.matchAll(workersOption)) {
		// The last one given wins, as with argparse.
		uses = !/^0+$/.test(match[1]!);
	}

	return uses;
}
