import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import {findCodeowners, type Codeowners} from '../source/codeowners.js';

let root: string;

beforeEach(() => {
	root = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-owners-'));
	fs.mkdirSync(path.join(root, '.git'));
});

afterEach(() => {
	fs.rmSync(root, {recursive: true, force: true});
});

function write(file: string, text: string) {
	fs.mkdirSync(path.dirname(path.join(root, file)), {recursive: true});
	fs.writeFileSync(path.join(root, file), text);
}

function found(options: Parameters<typeof findCodeowners>[0]): Codeowners {
	const result = findCodeowners(options);
	if (result === undefined || 'problem' in result) {
		throw new Error(`no CODEOWNERS: ${JSON.stringify(result)}`);
	}

	return result;
}

describe('findCodeowners', () => {
	test('none in the repository: undefined, and the search stops at its root', () => {
		// One above the repository's root is not the repository's.
		const outer = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-outer-'));
		fs.writeFileSync(path.join(outer, 'CODEOWNERS'), '* @outer\n');
		const inner = path.join(outer, 'repo');
		fs.mkdirSync(path.join(inner, '.git'), {recursive: true});
		expect(findCodeowners({cwd: inner})).toBeUndefined();
		fs.rmSync(outer, {recursive: true, force: true});
		expect(findCodeowners({cwd: root})).toBeUndefined();
	});

	test('GitHub’s places in its order: .github/, the root, docs/', () => {
		write('docs/CODEOWNERS', '* @docs\n');
		expect(found({cwd: root}).file).toBe(path.join('docs', 'CODEOWNERS'));
		write('CODEOWNERS', '* @root\n');
		expect(found({cwd: root}).ownersOf('tests/a.py')).toEqual(['@root']);
		write('.github/CODEOWNERS', '* @github\n');
		const owners = found({cwd: root});
		expect(owners.file).toBe(path.join('.github', 'CODEOWNERS'));
		expect(owners.ownersOf('tests/a.py')).toEqual(['@github']);
	});

	test('from the run’s rootdir in a subfolder: test files are mapped to the repository root', () => {
		write(
			'.github/CODEOWNERS',
			'/python/tests/chaos/ @org/sre\n/tests/ @org/wrong\n',
		);
		fs.mkdirSync(path.join(root, 'python', 'tests', 'chaos'), {
			recursive: true,
		});
		const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-cwd-'));
		const owners = found({rootdir: path.join(root, 'python'), cwd: elsewhere});
		fs.rmSync(elsewhere, {recursive: true, force: true});
		expect(owners.ownersOf('tests/chaos/test_x.py')).toEqual(['@org/sre']);
		expect(
			owners.ownersOf(path.join(root, 'python/tests/chaos/test_y.py')),
		).toEqual(['@org/sre']);
		// Shown with its path, since it is not under the current directory.
		expect(owners.file).toBe(path.join(root, '.github', 'CODEOWNERS'));
	});

	test('a rootdir that does not exist here (a CI machine’s): the current directory instead', () => {
		write('CODEOWNERS', '/tests/ @org/qa\n');
		const owners = found({rootdir: '/home/runner/work/x/x', cwd: root});
		expect(owners.file).toBe('CODEOWNERS');
		expect(owners.ownersOf('tests/test_a.py')).toEqual(['@org/qa']);
		// From a subfolder of the repository, the test files are relative to it.
		fs.mkdirSync(path.join(root, 'pkg'));
		expect(
			found({cwd: path.join(root, 'pkg')}).ownersOf('tests/test_a.py'),
		).toEqual([]);
	});

	test('skipped lines are warnings naming the file and line', () => {
		write('CODEOWNERS', '* @all\n!secret/ @nobody\n');
		expect(found({cwd: root}).warnings).toEqual([
			'CODEOWNERS:2: negation (!) does not work in CODEOWNERS: line skipped',
		]);
	});

	test('a CODEOWNERS that is not text: one problem, not a warning per line of binary data', () => {
		fs.mkdirSync(path.join(root, '.github'), {recursive: true});
		const binary = Buffer.alloc(4096);
		for (let index = 0; index < binary.length; index++) {
			binary[index] = (index * 7919) % 256;
		}

		fs.writeFileSync(path.join(root, '.github', 'CODEOWNERS'), binary);
		expect(findCodeowners({cwd: root})).toEqual({
			problem: `${path.join('.github', 'CODEOWNERS')}: not UTF-8 text (binary data?); no owners shown`,
		});
		// Latin-1 text is not UTF-8 either.
		fs.writeFileSync(
			path.join(root, '.github', 'CODEOWNERS'),
			Buffer.from('* @caf\u00E9\n', 'latin1'),
		);
		expect(findCodeowners({cwd: root})).toHaveProperty('problem');
	});

	test('a CODEOWNERS that is not a file: a problem to warn about, no owners', () => {
		fs.mkdirSync(path.join(root, '.github', 'CODEOWNERS'), {recursive: true});
		expect(findCodeowners({cwd: root})).toEqual({
			problem: `${path.join('.github', 'CODEOWNERS')}: is a directory, not a file; no owners shown`,
		});
	});
});
