/**
The fifty-ninth sweep's real runs (fixtures/real-suites/README.md, record-sweep59.sh: the tests in the wheels of emcee, arch,
scikit-rf, ase and cvxpy under pytest 7.2 and 9), for `real-suites.test.ts`.
*/
export const suites59Complete: Record<string, boolean> = {
	// arch's wheel holds its pyproject.toml: the rootdir is the package, the ids printed from the directory above, where
	// xdist's workers say they started.
	'arch-p90-v-n2-x': true,
};
