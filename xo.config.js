/** @type {import('xo').FlatXoConfig} */
const xoConfig = [
	{
		ignores: ['dist/**', 'fixtures/**', 'bench/out/**', 'coverage/**'],
	},
	{
		react: true,
		prettier: true,
		semicolon: true,
		rules: {
			// Parsers and reducers are long switch-heavy functions by nature.
			complexity: 'off',
			'max-depth': 'off',
			'max-params': 'off',
			'no-bitwise': 'off',
			'no-control-regex': 'off',
			'unicorn/prefer-string-raw': 'off',
			'unicorn/no-array-callback-reference': 'off',
			'unicorn/no-process-exit': 'off',
			'unicorn/prefer-top-level-await': 'off',
			'unicorn/no-array-reduce': 'off',
			'unicorn/prevent-abbreviations': 'off',
			'unicorn/no-negated-condition': 'off',
			'unicorn/prefer-code-point': 'off',
			'unicorn/no-nested-ternary': 'off',
			'no-nested-ternary': 'off',
			'@typescript-eslint/no-unsafe-assignment': 'off',
			'@typescript-eslint/no-unsafe-member-access': 'off',
			'@typescript-eslint/no-unsafe-argument': 'off',
			'@typescript-eslint/no-unsafe-call': 'off',
			'@typescript-eslint/no-unsafe-return': 'off',
			'@typescript-eslint/naming-convention': 'off',
			'@typescript-eslint/no-restricted-types': 'off',
			'@typescript-eslint/prefer-nullish-coalescing': 'off',
			'@typescript-eslint/switch-exhaustiveness-check': 'off',
			'@typescript-eslint/no-unnecessary-condition': 'off',
			'@typescript-eslint/strict-boolean-expressions': 'off',
			'capitalized-comments': 'off',
			'require-unicode-regexp': 'off',
			'prefer-destructuring': 'off',
			'@typescript-eslint/no-unsafe-type-assertion': 'off',
			'@typescript-eslint/prefer-destructuring': 'off',
			'n/prefer-global/buffer': 'off',
			'unicorn/prefer-spread': 'off',
			'no-await-in-loop': 'off',
			'n/prefer-global/process': 'off',
			'react/prop-types': 'off',
			'react/react-in-jsx-scope': 'off',
			'react/jsx-uses-react': 'off',
			'react/require-default-props': 'off',
		},
	},
	{
		// The core knows nothing about Ink, React or conf; nor does the review screen's logic (source/review).
		files: [
			'source/log/**',
			'source/classify/**',
			'source/triage/**',
			'source/export/**',
			'source/review/**',
			'source/csv.ts',
		],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					paths: [
						{name: 'ink', message: 'The core knows nothing about Ink.'},
						{name: 'react', message: 'The core knows nothing about React.'},
						{name: 'conf', message: 'Preferences live in source/prefs.ts.'},
					],
					patterns: [
						{
							group: ['ink-*', '@*/ink-*'],
							message: 'The core knows nothing about Ink.',
						},
						{
							group: ['**/ui/*', '**/app.js', '**/commands/review.js'],
							message: 'The core does not import the Ink views.',
						},
					],
				},
			],
		},
	},
	{
		files: ['test/**', 'bench/**'],
		rules: {
			'@typescript-eslint/no-floating-promises': 'off',
			'no-console': 'off',
		},
	},
];

export default xoConfig;
