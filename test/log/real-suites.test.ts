import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {readLog} from '../../source/log/read.js';
import {checkAgainstXml, isFailing, xmlOf} from './against-xml.js';
import {comparablePairs, saidOf, xmlHeadlines} from './truth.js';
import {parseText, rule} from './helpers.js';
import {hunt12Complete, hunt12Unnamed} from './hunt12-runs.js';
import {hunt13Complete} from './hunt13-runs.js';
import {hunt14Complete} from './hunt14-runs.js';
import {hunt16Complete, hunt16NoId, hunt16Unreported} from './hunt16-runs.js';
import {hunt17Complete, hunt17Unreported} from './hunt17-runs.js';
import {hunt18Complete, hunt18Unreported} from './hunt18-runs.js';
import {
	hunt19Complete,
	hunt19PrintedSession,
	hunt19Unnamed,
	hunt19Unreported,
} from './hunt19-runs.js';
import {
	hunt20Complete,
	hunt20NoFile,
	hunt20Unnamed,
	hunt20Unreported,
} from './hunt20-runs.js';
import {hunt21Complete, hunt21NoFile} from './hunt21-runs.js';
import {hunt45Complete} from './hunt45-runs.js';
import {hunt47Complete, hunt47DoctestCut} from './hunt47-runs.js';
import {hunt49Complete} from './hunt49-runs.js';
import {suites56Complete} from './suites56-runs.js';
import {suites57Complete, suites57Unreported} from './suites57-runs.js';
import {
	suites58Complete,
	suites58Unnamed,
	suites58Unreported,
} from './suites58-runs.js';
import {suites59Complete, suites59Unreported} from './suites59-runs.js';
import {suites63Ambiguous, suites63Complete} from './suites63-runs.js';
import {suites64Complete} from './suites64-runs.js';
import {suites65Complete} from './suites65-runs.js';
import {
	suites66Complete,
	suites66CutSummary,
	suites66Unnamed,
	suites66Unreported,
} from './suites66-runs.js';

// Real third-party suites installed on the build machine, run under pytest 9 and 7.2 with faults (fixtures/real-suites/README.md).
const root = path.resolve('fixtures/real-suites');
/** Whether each run is complete: false where pytest was interrupted. */
const expectedComplete: Record<string, boolean> = {
	'astropy-p7-color-long-runxfail': true,
	'astropy-p7-q-rP-ascii': true,
	// --pdb, stdin at its end: pdb quits at the first failure (`Exit: Quitting debugger`).
	'astropy-p7-v-pdb-stdin-null': false,
	'bitarray-p7-n2-x-tbshort': true,
	// pytest.exit() in an xdist worker: the worker goes down and xdist stops the session.
	'bitarray-p7-q-n2-pytest-exit': false,
	'bitarray-p7-q-sw': true,
	'bitarray-p7-rA-abspath': true,
	'bitarray-p7-tbline-setupclass': true,
	'bitarray-p7-v-odd-messages': true,
	'bs4-p7-q-logcli': true,
	'bs4-p7-tbline-pytrace-false': true,
	'bs4-p7-v-logcli-setup': true,
	'bs4-p7-v-unraisable-warnings': true,
	'colorama-p9-tbline-color': true,
	'cpython-p9-qrA-n2': true,
	'cpython-p9-v-nonet': true,
	'ephem-p7-x': true,
	'erfa-p7-default-odd-ids': true,
	'erfa-p7-rA-pty': true,
	'erfa-p7-tbline-odd-messages': true,
	// pytest.exit() in a test (a reason that fills the line: `! _pytest.outcomes.Exit: … !`).
	'erfa-p7-v-pytest-exit': false,
	'erfa-p7-v-xfail-strict': true,
	'flexcache-p9-lfnf-none': true,
	'flexcache-p9-pty': true,
	'flexcache-p9-rfP-inner-session': true,
	'flexparser-p9-v-logcli': true,
	'flexparser-p9-vs-huge-output': true,
	'flexparser-p9-vv-tbno-odd-messages': true,
	'ipython-p9-v-missingdep': true,
	'joblib-p9-native-odd-messages': true,
	// pytest.exit() in a test.
	'joblib-p9-q-pytest-exit': false,
	'joblib-p9-rA-unraisable-Werror': true,
	// pytest.exit() in an xdist worker.
	'joblib-p9-v-n2-pytest-exit': false,
	'joblib-p9-v-n2-worksteal': true,
	'joblib-p9-v-pytrace-false': true,
	'joblib-p9-v-sw-skip': true,
	'joblib-p9-vs-stderr': true,
	// A collection error (no module named 'mock') interrupted the run.
	'kazoo-p7-v-logcli': false,
	'lazr-p7-rA-continue-collect': true,
	'libcst-p9-v-n2': true,
	// --capture=tee-sys: llvmlite's tests/__init__.py fails at import (faulthandler wants a file descriptor).
	'llvmlite-p7-color-teesys-rA': false,
	'llvmlite-p7-maxfail-rA-native': true,
	'llvmlite-p7-q-n2-each': true,
	'llvmlite-p7-rA-force-flaky': true,
	'llvmlite-p7-tbline-rA': true,
	'llvmlite-p7-v-n2-each': true,
	'llvmlite-p7-v-n2-exit': true,
	'llvmlite-p7-v-xunit1-prefix': true,
	'llvmlite-p7-x-teardown-first': true,
	'matplotlib-p7-color-rA-classic': true,
	'matplotlib-p7-rA-unicode-ids-raw': true,
	'matplotlib-p7-v-n2-timeout-thread': true,
	'matplotlib-p7-v-unicode-ids-n2': true,
	// KeyboardInterrupt.
	'mpmath-p9-v-sigint': false,
	'numexpr-p7-inner-session': true,
	'numexpr-p7-n2-rA-setupclass': true,
	'numexpr-p7-q-faulthandler-timeout': true,
	'numexpr-p7-s-progress': true,
	'numexpr-p7-s-rA-print': true,
	'pandas-p9-lf-second': true,
	'pandas-p9-pdb-stdin-null': false,
	'pandas-p9-q-n2-maxfail': true,
	'pandas-p9-rA-tbauto': true,
	'pandas-p9-runxfail-maxfail-long': true,
	'pandas-p9-v-color-runxfail': true,
	'pandas-p9-v-n2-deprecation': true,
	'pandas-p9-vv-durations': true,
	'patsy-p9-tbline-odd-messages': true,
	'patsy-p9-v-faulthandler-timeout': true,
	'patsy-p9-v-n2-faulthandler-timeout': true,
	'patsy-p9-v-pty': true,
	'patsy-p9-vs-progress': true,
	'pint-p9-rP-runxfail-ascii': true,
	'psutil-p7-color-tbline': true,
	// -qq: no final line, counted from the progress letters.
	'psutil-p7-qq': true,
	'psutil-p7-rA-n2-tbline': true,
	'psutil-p7-v-reruns-narrow': true,
	'psutil-p7-v-subtests': true,
	'psutil-p9-q-tbline': true,
	'psutil-p9-qq-tbline-x': true,
	'psutil-p9-v-tbline-n2': true,
	'regex-p9-rA-native': true,
	'scipy-p9-rA-xfail-strict': true,
	'scipy-p9-vv-odd-ids': true,
	'simplejson-p7-native-rA': true,
	'simplejson-p7-rA-short-notes-chain': true,
	'simplejson-p7-tbline-notes-chain': true,
	'simplejson-p9-native-notes-chain': true,
	'simplejson-p9-rA-abspath': true,
	'simplejson-p9-rA-nofold-skipped': true,
	'simplejson-p9-v-notes-chain': true,
	'simplejson-p9-v-setupclass': true,
	'simplejson-p9-v-teesys': true,
	'simplejson-p9-vs-print': true,
	'sklearn-p7-v-setup-only': true,
	// pytest-timeout's thread method ends the process: no final line, no XML.
	'sklearn-p7-v-timeout-thread': false,
	// SIGKILL 15 s in: no final line, no XML; what pytest had not flushed is lost.
	'sklearn-p9-q-sigkill': false,
	'sklearn-p9-v-n2-maxfail': true,
	// --strict: an unregistered marker is a collection error, which interrupts the run.
	'statsmodels-p9-q-strict-markers': false,
	'statsmodels-p9-q-timeout-signal': true,
	'statsmodels-p9-rA-long-l-fulltrace': true,
	'statsmodels-p9-s-progress-capture-no': true,
	'statsmodels-p9-v-importlib-Werror-count': true,
	// pytest-timeout's thread method ends the process: no final line, no XML.
	'statsmodels-p9-v-timeout-thread': false,
	'statsmodels-p9-v-unicode-ids-raw': true,
	'sympy-p9-hypothesis-stats': true,
	// INTERNALERROR: xdist's workers cannot reach pytest-rerunfailures's socket without a network.
	'tables-p7-n2-nonet-internalerror': false,
	'tables-p7-rA-long-count': true,
	'tables-p7-x-l-fulltrace': true,
	'toolz-p9-v-doctest-importlib': true,
	'toolz-p9-v-setup-plan': true,
	'tornado-p7-color-v-n2': true,
	// A collection error interrupted the run.
	'tornado-p7-v-W-error-class': false,
	'tornado-p9-W-error-class': true,
	'trio-p9-v-nonet': true,
	'uncertainties-p7-v-lf-none': true,
	'uncertainties-p7-vs-huge-output': true,
	'wadllib-p7-v-doctestglob-Werror': true,
	'zope-p7-n2-v': true,
	'zope-p7-qq-n2': true,
	// The seventh hunt (record-hunt7.sh).
	'jsonschema-p90-runxfail-longskip': true,
	'jsonschema-p90-vv-l-locals': true,
	'mpmath-p7-l-long-locals': true,
	'mpmath-p7-v-longids-rs': true,
	'mpmath-p7-v-n2-maxfail': true,
	'numpy-p7-rA-timeout-fixture': true,
	'numpy-p7-s-rA-ansi': true,
	// -W error: collection errors interrupt the run.
	'numpy-p9-importlib-W-error-collect': false,
	'numpy-p9-tbshort-group': true,
	// KeyboardInterrupt raised by a test.
	'numpy-p9-v-kbi': false,
	'numpy-p9-v-nosummary-teardown': true,
	'numpy-p9-v-tbline-group': true,
	'numpy-p9-v-timeout-fixture': true,
	'pint-p7-W-error-collect': true,
	// The conftest cannot import: a usage error, nothing ran.
	'pint-p7-W-error-conftest': false,
	'pint-p7-q-rA-reruns': true,
	'pint-p7-v-reruns-delay': true,
	'referencing-p90-rA-ansi': true,
	'referencing-p90-rAs-longids': true,
	'subtests-p7-v-tbshort': true,
	'subtests-p9-q-rA': true,
	'subtests-p9-v': true,
	'suite-p7-v-doctest-continue-on-failure': true,
	'suite-p7-v-doctest-continue': true,
	// A folder's conftest cannot import: a collection error interrupts the run.
	'suite-p9-conftest-doctest': false,
	// The conftest of a folder named on the command line cannot import: a usage error.
	'suite-p9-q-conftest-arg': false,
	'suite-p9-rA-doctest': true,
	// KeyboardInterrupt raised by a test.
	'sympy-p7-q-kbi': false,
	// INTERNALERROR from a plugin hook.
	'sympy-p7-v-internalerror': false,
	'toolz-p7-color-rA-noheader-teardown': true,
	'toolz-p7-rA-flaky-pass': true,
	'toolz-p7-rA-native-group': true,
	'toolz-p7-v-tbauto-group': true,
	'mpmath-p7-v-reruns-delay': true,
	'mpmath-p7-q-rA-n2-reruns': true,
	// KeyboardInterrupt raised by a test in an xdist worker.
	'toolz-p7-q-n2-kbi': false,
	'sympy-p7-doctest-modules': true,
	'sympy-p7-v-doctest-tbline': true,
	'names-p9-v': true,
	'names-p7-rA-tbline': true,
	'names-p90-q-tbno-rA': true,
	'jsonschema-p90-l-short-group': true,
	'numpy-p9-vv-n2-long-group': true,
	'pint-p7-n2-count-rA': true,
	// The eighth hunt (record-hunt8.sh).
	'networkx-p9-rA-narrow-logs': true,
	'networkx-p7-v-narrow-logs': true,
	'networkx-p9-vs-progress-capture-no': true,
	'networkx-p7-vs-teardown-print': true,
	'networkx-p90-s-rA': true,
	'networkx-p7-s-tbline': true,
	'numba-p7-native-vv': true,
	'numba-p7-q-n2-osexit': true,
	'numba-p7-rA-short': true,
	'numba-p7-tbline-rA': true,
	'numba-p7-v-unittest-faults': true,
	'numba-p7-vs': true,
	'networkx-p9-q-setup-faults': true,
	'networkx-p9-tbline-setup-faults': true,
	'networkx-p90-q-tbno-setup-faults': true,
	'networkx-p9-rA-runxfail-calls': true,
	'networkx-p7-v-runxfail-setup': true,
	'networkx-p9-q-n2-loadgroup-tbline': true,
	'greenlet-p7-q': true,
	'greenlet-p7-rA-n2-class': true,
	// A child process the test forks aborts (faulthandler's stacks among the progress); pytest goes on.
	'greenlet-p7-v': true,
	'mpltk-p7-long-rA-approx': true,
	'mpltk-p7-v-n2-faults': true,
	'networkx-p7-W-error-durations': true,
	'networkx-p7-color-rA-ids': true,
	'networkx-p7-n2-x-logs': true,
	'networkx-p7-q-ids-raw': true,
	'networkx-p7-q-n2-osexit': true,
	'networkx-p7-q-tbno-calls': true,
	'networkx-p7-rA-logs': true,
	'networkx-p7-rA-reruns-logs': true,
	'networkx-p7-rA-showcapture-no': true,
	'networkx-p7-short-l-asserts': true,
	'networkx-p7-tbline-calls': true,
	'networkx-p7-tbline-setup-faults': true,
	'networkx-p7-v-logcli': true,
	'networkx-p7-v-n2-loadgroup': true,
	'networkx-p7-v-reruns-only': true,
	'networkx-p7-v-setup-faults': true,
	'networkx-p7-v-timeout-signal-setup': true,
	'networkx-p7-v-warn-deselect': true,
	'networkx-p7-vv-asserts': true,
	'networkx-p9-W-error-durations': true,
	'networkx-p9-color-v-ids': true,
	'networkx-p9-l-long-asserts': true,
	'networkx-p9-native-asserts': true,
	'networkx-p9-native-calls': true,
	'networkx-p9-q-timeout-signal': true,
	'networkx-p9-rA-n2-loadgroup': true,
	'networkx-p9-rA-setup-faults': true,
	'networkx-p9-rA-showcapture-log': true,
	'networkx-p9-tbline-calls': true,
	'networkx-p9-v-logcli': true,
	'networkx-p9-v-n2-loadgroup': true,
	'networkx-p9-v-n2-osexit': true,
	'networkx-p9-v-sw': true,
	'networkx-p9-vs-logs': true,
	'networkx-p9-x-calls': true,
	'networkx-p90-q-warn-deselect': true,
	'networkx-p90-rA-logs': true,
	'networkx-p90-tbauto-calls': true,
	'networkx-p90-tbshort-W-error-setup': true,
	'networkx-p90-v-ids-raw': true,
	'networkx-p90-v-setup-faults': true,
	'networkx-p90-vv-asserts': true,
	'xarray-p7-q-default': true,
	'xarray-p7-sw': true,
	'xarray-p7-v-n2-faults': true,
	'referencing-p90-tbno-rA-group': true,
	'simplejson-p9-rP-plugin-failures': true,
	'toolz-p7-rs-fixture-timeout': true,
	'toolz-p7-v-oddids-exit': true,
	'numpy-p9-rA-oddids-bytes': true,
	'mpmath-p7-qs-bytes-atexit': true,
	// pytest_terminal_summary raised: a Python traceback where pytest's final line would be.
	'referencing-p90-v-termsummary': false,
	'jsonschema-p90-q-unconfigure': true,
	'sympy-p7-v-n2-oddids': true,
	'suite-p9-tbline-doctest': true,
	// Strict mode: collection errors interrupt the run.
	'strict-p9-q': false,
	'strict-p9-v-rA-continue': true,
	'subtests-p9-v-n2': true,
	'subtests-p9-q-n2-rA-short': true,
	'subtests-p7-v-n2': true,
	'pandas-p7-v-n2-loadscope-runxfail': true,
	'pandas-p7-native-durations': true,
	// -x, then a module fixture's teardown raised from the session's end: pytest 7.2 crashed before its summaries.
	'scipy-p7-v-setupshow-x': false,
	'pandas-p7-capture-sys-rA': true,
	'edge-p7-v-rA': true,
	'edge-p9-q': true,
	'edge-p90-tbline-rfEs': true,
	'bench-p90-q-rA': true,
	// --benchmark-histogram without pygal: pytest fails at the session's end, no final line.
	'bench-p90-tbline-histogram-crash': false,
	'p7plug-p7-v-openfiles-doctestplus': true,
	// pytest-doctestplus imports a .txt doctest as a module: INTERNALERROR.
	'p7plug-p7-q-doctestplus-internalerror': false,
	'p7plug-p7-tbline-doctest': true,
	'hyp-p9-v': true,
	'hyp-p7-native-rfE': true,
	'hyp-p9-q-n2-short': true,
	'suite-p7-q-tbline-doctest': true,
	'suite-p9-q-tbline-doctest': true,
	'aio-p9-v-rA': true,
	'aio-p9-tbline-auto': true,
	'aio-p7-v': true,
	'aio-p7-tbline': true,
	'suite-p90-q-tbline-mixed': true,
	'suite-p9-tbline-rfE-mixed': true,
	// The ninth hunt (record-hunt9.sh).
	'cerberus-p7-q-n2-both': true,
	'cerberus-p7-v-n2-x-calls': true,
	'cerberus-p7-x-long-l-calls': true,
	'cerberus-p9-q-n2-both': true,
	'cerberus-p9-v-n2-calls': true,
	'cerberus-p90-rA-l-calls': true,
	'et-p7-rA-marks': true,
	// et_xmlfile cannot import lxml under pytest 9.0.3: a collection error interrupts the run.
	'et-p90-q-collect': false,
	'et-p90-v-continue-collect': true,
	'geo-p7-rA-reruns': true,
	'geo-p9-q-color-both': true,
	'geo-p9-x-calls': true,
	'geo-p90-s-output': true,
	'h11-p7-lf-first': true,
	'h11-p7-native-W-error': true,
	'h11-p7-rA-lf-second': true,
	'h11-p7-rA-marks': true,
	'h11-p7-tbline-both': true,
	'h11-p7-v-calls': true,
	'h11-p7-v-n2-timeout': true,
	'h11-p7-vs-output': true,
	'h11-p7-vv-l-output': true,
	'h11-p9-lf-first': true,
	'h11-p9-native-W-error': true,
	'h11-p9-tbline-both': true,
	'h11-p9-v-calls': true,
	'h11-p9-v-lf-second': true,
	'h11-p9-v-timeout-signal': true,
	'h11-p9-vs-output': true,
	'h11-p9-vv-output': true,
	'h11-p90-tbshort-marks': true,
	'h11-p9-v-logcli-words': true,
	'h11-p7-v-logcli-words': true,
	'h11-p90-vs-logcli-words': true,
	'h11-p9-vs-teardown-words': true,
	'h11-p7-vs-teardown-words': true,
	'h11-p9-v-n2-marks': true,
	'h11-p7-v-n2-marks': true,
	'h11-p9-vs-marks': true,
	'cerberus-p9-v-setupshow': true,
	'cerberus-p7-v-setupshow': true,
	'geo-p9-v-count-s': true,
	'h11-p90-vv-runxfail': true,
	'h11-p7-color-vs': true,
	'cerberus-p9-v-n2-maxfail': true,
	'geo-p9-native-l-durations': true,
	'h11-p9-rA-xunit1': true,
	// pytest-timeout's thread method ends the process under -v -s: no final line, no XML.
	'geo-p7-v-timeout-thread-s': false,
	'h11-p9-vs-words': true,
	'h11-p7-vs-words': true,
	'h11-p90-rA-words': true,
	'h11-p9-v-marks': true,
	'h11-p7-v-marks': true,
	'geo-p90-vv-marks': true,
	'pymemcache-p7-rA-continue': true,
	// The suite's own collection errors interrupt the run.
	'pymemcache-p7-v-collect': false,
	// The tenth hunt (record-hunt10.sh).
	'cry-p7-q-n2-reruns': true,
	'cry-p7-rA-unittest': true,
	'cry-p7-tbline-unittest': true,
	'cry-p7-v-W-error-continue': true,
	'cry-p7-v-sw': true,
	'cry-p7-v-unittest': true,
	'cry-p7-vs-unittest': true,
	'cry-p7-x-unittest': true,
	// -W error::UserWarning: the suite warns at import; the collection errors interrupt the run.
	'cry-p9-W-error-collect': false,
	'cry-p9-q-n2-loadfile': true,
	'cry-p9-q-n2-x': true,
	'cry-p9-rA-short-unittest': true,
	'cry-p9-rA-times': true,
	'cry-p9-tbline-unittest': true,
	'cry-p9-teesys-rA': true,
	'cry-p9-v-sw': true,
	'cry-p9-v-sw-skip': true,
	'cry-p9-v-unittest': true,
	'cry-p90-rA-unittest': true,
	'fake-p7-q-doctest': true,
	'fake-p7-q-noheader-rA': true,
	'fake-p7-tbline-rA': true,
	'fake-p7-v-both': true,
	'fake-p7-v-doctest': true,
	'fake-p7-vv-runxfail': true,
	'fake-p9-native-rA': true,
	'fake-p9-q-doctest': true,
	'fake-p9-q-n2-loadfile-tbline': true,
	'fake-p9-v-both': true,
	'fake-p9-v-classic': true,
	'fake-p9-v-doctest': true,
	'fake-p9-v-noheader': true,
	'fake-p9-vv-runxfail': true,
	'fake-p9-vvv-l': true,
	'fake-p90-co-v': true,
	'fake-p90-rA-nowarnings': true,
	'resp-p7-W-error-x': true,
	'resp-p7-co-v': true,
	'resp-p7-color-long-rA': true,
	'resp-p7-durations0-vv': true,
	'resp-p7-n2-short-l': true,
	'resp-p7-q-rA-faults': true,
	'resp-p7-rA-n2-loadfile': true,
	'resp-p7-tbline-faults': true,
	'resp-p7-v-faults': true,
	'resp-p7-v-reruns2': true,
	'resp-p7-vs-percent': true,
	'resp-p9-W-error-count': true,
	'resp-p9-co-q': true,
	'resp-p9-color-native-rfEs': true,
	'resp-p9-ff-first': true,
	'resp-p9-n3-times-v': true,
	'resp-p9-q-rA-faults': true,
	'resp-p9-tbline-faults': true,
	'resp-p9-times': true,
	'resp-p9-v-faults': true,
	'resp-p9-v-ff-second': true,
	'resp-p9-v-k': true,
	'resp-p9-v-maxfail2': true,
	'resp-p9-v-n2-count': true,
	'resp-p9-v-n2-loadfile': true,
	'resp-p9-v-times': true,
	'resp-p9-vs-percent': true,
	'resp-p9-vv-long-l': true,
	'resp-p9-vv-tbno-rfE': true,
	'resp-p90-s-progress-even': true,
	'resp-p90-v-times-durations': true,
	'resp-p9-v-cr': true,
	'resp-p7-v-cr': true,
	'cry-p9-tbline-cr': true,
	'cry-p7-tbline-cr': true,
	'fake-p9-q-native-cr': true,
	'fake-p7-rA-short-cr': true,
	'resp-p90-vs-cr': true,
	'resp-p9-vv-tbno-cr': true,
	'resp-p9-rA-lf-second': true,
	'resp-p7-lf-first': true,
	'resp-p7-v-lf-second': true,
	'resp-p7-tbline-ff-second': true,
	'resp-p7-co-qq': true,
	'resp-p9-co-qq': true,
	'fake-p9-n2-rA-unexpected': true,
	'resp-p9-v-setupshow': true,
	'resp-p7-setupshow-rA': true,
	'cry-p9-v-no-unittest': true,
	'fake-p9-v-importlib': true,
	'cry-p9-q-short-unittest': true,
	'cry-p7-q-short-unittest': true,
	// KeyboardInterrupt in a module fixture.
	'resp-p9-v-kbi-module': false,
	'resp-p7-q-kbi-module': false,
	// pytest.exit() in a module's teardown (`!! _pytest.outcomes.Exit: … !!!`).
	'cry-p7-v-exit-teardown': false,
	'fake-p90-tbline-cr': true,
	'cry-p90-q-rA-x': true,
	'resp-p90-vv-native-l': true,
	'fake-p90-q-runxfail-short': true,
	'fake-p7-q-n2-loadfile-tbline': true,
	'resp-p7-v-n2-cr': true,
	'cry-p7-co-q': true,
	'cry-p9-v-n2-native': true,
	// The eleventh hunt (record-hunt11.sh): bottleneck, stevedore, pbr.
	'bn-p7-q-rA-faults': true,
	'bn-p7-rA-n2-loadfile': true,
	'bn-p7-tbline-rA': true,
	'bn-p7-v-W-error-return': true,
	'bn-p7-v-faults': true,
	'bn-p7-v-reruns': true,
	// pytest.exit() in the teardown of a passing test.
	'bn-p7-v-teardown-exit': false,
	'bn-p7-vv-durations': true,
	'bn-p9-color-v': true,
	'bn-p9-q-count': true,
	'bn-p9-q-n2-loadfile': true,
	'bn-p9-q-rA-faults': true,
	'bn-p9-tbline-rA': true,
	'bn-p9-v-W-error-return': true,
	'bn-p9-v-faults': true,
	'bn-p9-v-maxfail': true,
	// pytest.exit() in the teardown of a passing test.
	'bn-p9-v-teardown-exit': false,
	'bn-p9-vv-l': true,
	'bn-p90-v-faults': true,
	'bn-p90-vs': true,
	'pbr-p7-rA-native': true,
	'pbr-p7-tbline-rA': true,
	'pbr-p7-v': true,
	'pbr-p9-rA-native': false,
	'pbr-p9-tbshort-rA': false,
	'pbr-p9-v': false,
	'pbr-p90-q': false,
	'stv-p7-rA-long-l': true,
	'stv-p7-v-continue': true,
	'stv-p7-v-faults': true,
	'stv-p9-rA-continue': true,
	'stv-p9-rA-long': true,
	'stv-p9-v-collect': false,
	'stv-p9-v-faults': true,
	'stv-p9-v-n2': true,
	'stv-p90-rA': true,
	'bn-p7-rA-n2-native-unicode': true,
	'bn-p7-x-native-quoted': true,
	'bn-p9-color-native-v-quoted': true,
	'bn-p9-native-count-unicode': true,
	'bn-p9-q-native-durations-logged': true,
	'stv-p7-vv-native-l-logged': true,
	'bn-p7-native-unicode-type': true,
	'bn-p7-rA-unicode-type': true,
	'bn-p9-native-unicode-type': true,
	'bn-p9-v-unicode-type': true,
	'bn-p90-vv-unicode-type': true,
	'stv-p7-tbshort-unicode-type': true,
	'stv-p9-tbline-unicode-type': true,
	'stv-p9-v-chain-quoted': true,
	'bn-p7-native-logged': true,
	'bn-p7-tbline-logged': true,
	'bn-p9-native-logged': true,
	'bn-p9-native-s-logged': true,
	'bn-p9-tbshort-logged': true,
	'bn-p90-native-logcli-logged': true,
	'stv-p7-v-native-logged': true,
	'stv-p9-rA-logged': true,
	'bn-p7-native-quoted': true,
	'bn-p7-rA-quoted': true,
	'bn-p7-tbshort-quoted': true,
	'bn-p9-n2-native-quoted': true,
	'bn-p9-native-quoted': true,
	'bn-p9-tbline-quoted': true,
	'bn-p9-v-quoted': true,
	'bn-p90-native-vv-l-quoted': true,
	'stv-p7-native-v-quoted': true,
	'stv-p9-native-rA-quoted': true,
	'bn-p7-W-error-q': true,
	'bn-p7-q-doctest-tbshort': true,
	'bn-p9-W-error-rA': true,
	'bn-p9-co-q': true,
	'bn-p9-v-doctest': true,
	'bn-p9-v-n2-loadscope': true,
	'bn-p9-v-times': true,
	'bn-p9-x-native': true,
	'bn-p90-tbline-doctest': true,
	'pbr-p7-q-n2': true,
	'pbr-p7-vv-long-l': true,
	'stv-p7-color-native-rA': true,
	'stv-p7-v-sw': true,
	'stv-p7-vs': true,
	'stv-p9-q-durations0': true,
	...hunt12Complete,
	...hunt13Complete,
	...hunt14Complete,
	...hunt16Complete,
	...hunt17Complete,
	...hunt18Complete,
	...hunt19Complete,
	...hunt20Complete,
	...hunt21Complete,
	...hunt45Complete,
	...hunt47Complete,
	...hunt49Complete,
	...suites56Complete,
	...suites57Complete,
	...suites58Complete,
	...suites59Complete,
	...suites63Complete,
	...suites64Complete,
	...suites65Complete,
	...suites66Complete,
};
/**
Runs whose log names no failing test (`--no-summary`, `--tb=no -rN`, `pytest.exit()` with a returncode of its own
under default verbosity, an INTERNALERROR under `-q`): the XML names what pytest counts.
*/
const unnamed = [
	'mpmath-p9-q-nosummary',
	// INTERNALERROR after a failure under -q: pytest prints no summary, only its final line.
	'numpy-p9-q-internalerror',
	'patsy-p9-rA-pytest-exit',
	// pytest.exit() in a module's teardown, with a returncode of its own: no summaries.
	'cry-p9-rA-exit-teardown',
	'psutil-p7-q-tbno-rN',
	// pytest.exit() in a teardown without -v: no FAILURES, no short summary, only letters and the final line.
	'bn-p7-rA-teardown-exit',
	'bn-p9-q-teardown-exit',
	...hunt19Unnamed,
	...hunt20Unnamed,
	...suites58Unnamed,
	...suites66Unnamed,
];
/**
Runs the console alone cannot read as the XML does (README, "What disagreed"): statsmodels's doctests run from
site-packages, its rootdir the package, under `-q` or `--no-header`: no rootdir line, and no node id printed as it is
that names a file the other lines print, so `statsmodels/tools/…` (the ids as printed) is kept where the XML says `tools/…`.
*/
/**
Failures whose report in the log says nothing of their error, with what the log says instead (every failure of a run
when no id is given). `pytest.exit()` with a returncode of its own skips FAILURES and the short summary: under `-v`
only the failing tests' lines are left. pytest 7.2's `--tb=line` prints `None` for `pytest.fail(pytrace=False)`.
*/
type Unreported = {id?: string; outcome?: string; headline: string};
/** pytest 7.2's `--tb=line` prints `None` for a report with no crash line, and its summary no message: nothing says. */
const noMessage = '(no traceback in the log)';
const unreported: Record<string, Unreported | Unreported[]> = {
	'erfa-p7-v-pytest-exit': {headline: '(no traceback in the log)'},
	'cry-p7-v-exit-teardown': {headline: '(no traceback in the log)'},
	// An INTERNALERROR ends the session before FAILURES: under -v only the failing test's line is left.
	'sympy-p7-v-internalerror': {headline: '(no traceback in the log)'},
	// --no-summary: no ERRORS section, the -v line of the teardown error is all.
	'numpy-p9-v-nosummary-teardown': {headline: '(no traceback in the log)'},
	// pytest crashed (a module fixture's teardown after -x) before FAILURES: the -v line is all.
	'scipy-p7-v-setupshow-x': {headline: '(no traceback in the log)'},
	// pytest 7.2's --tb=line prints a doctest's report cut at 50 characters, here only numbered docstring lines.
	'sympy-p7-v-doctest-tbline': {headline: 'DocTestFailure'},
	// The same under -q (no header): the cut holds no Expected/Got; the doctests' headlines say only DocTestFailure.
	'suite-p7-q-tbline-doctest': [
		{id: 'shop.py::shop', headline: 'DocTestFailure'},
		{id: 'shop.py::shop.total', headline: 'DocTestFailure'},
	],
	// pytest 7.2's --tb=line prints a task group's line alone; its headline is the group's first leaf elsewhere.
	'aio-p7-tbline': {
		id: 'aio/test_aio.py::test_gather',
		headline:
			'ExceptionGroup: unhandled errors in a TaskGroup (2 sub-exceptions)',
	},
	'avro-p7-tbline-q': {
		id: 'avro/test/test_schema.py::TestMisc::test_fixed_decimal_valid_max_precision',
		headline: noMessage,
	},
	// --tb=no: a unittest cleanup's error has no crash location, so the summary's FAILED line has no message.
	'avro-p7-x-tbno-rA': {
		id: 'avro/test/test_schema.py::TestMisc::test_exception_is_not_swallowed_on_parse_error',
		headline: '(no traceback in the log)',
	},
	// testtools's result object reports an error pytest cannot represent: pytest 7.2's --tb=line prints `None`.
	'tt-p7-tbline-rA': {
		id: 'testtools/tests/test_testcase.py::TestRunTwiceNondeterministic::test_runTwice',
		headline: noMessage,
	},
	'bs4-p7-tbline-pytrace-false': {
		id: 'bs4/tests/test_htmlparser.py::TestHTMLParserTreeBuilder::test_real_xhtml_document',
		headline: noMessage,
	},
	// pytest 7.2's --tb=line prints `None` for unittest's `Unexpected success` too (a report with no crash location).
	'cry-p7-tbline-unittest': [
		'Cryptodome/SelfTest/Hash/test_SHA3_256.py::APITest::test_update_after_digest',
		'Cryptodome/SelfTest/Protocol/test_SecretSharing.py::GF2_Tests::test_div_gf2',
		'Cryptodome/SelfTest/Protocol/test_SecretSharing.py::GF2_Tests::test_mult_gf2',
	].map(id => ({id, headline: noMessage})),
	'fake-p7-q-n2-loadfile-tbline': [
		'pyfakefs/tests/fake_filesystem_unittest_test.py::TestPatcher::test_context_decorator',
		'pyfakefs/tests/fake_filesystem_unittest_test.py::TestPatcher::test_context_manager',
	].map(id => ({id, headline: noMessage})),
	'fake-p7-tbline-rA': [
		'pyfakefs/tests/fake_filesystem_unittest_test.py::TestPatcher::test_context_decorator',
		'pyfakefs/tests/fake_filesystem_unittest_test.py::TestPatcher::test_context_manager',
	].map(id => ({id, headline: noMessage})),
	// pytest.exit() in a passing test's teardown, with a returncode: no FAILURES, only the failing tests' -v lines.
	'bn-p7-v-teardown-exit': {headline: '(no traceback in the log)'},
	'bn-p9-v-teardown-exit': {headline: '(no traceback in the log)'},
	// pytest 7.2's --tb=line prints `None` for a unittest error it displays natively (testtools' _StringException).
	'pbr-p7-tbline-rA': {headline: noMessage},
	// KeyboardInterrupt in a teardown, then a class fixture's teardown raised: pytest 7.2 crashed before FAILURES.
	'fxt-p7-v-kbi-teardown': {headline: '(no traceback in the log)'},
	...hunt16Unreported,
	...hunt17Unreported,
	...hunt18Unreported,
	...hunt19Unreported,
	...hunt20Unreported,
	...suites57Unreported,
	...suites58Unreported,
	...suites59Unreported,
	...suites66Unreported,
};
/**
Runs under `--tb=no` at the default width, whose short summary is each failure's only report: pytest cuts the
message to the line (`- AssertionError: 'été' is...`) or, when the id fills the line, leaves it out. A headline cut
so is the start of the XML's; one left out is `(no traceback in the log)`.
*/
const cutSummary = new Set([
	'cytoolz-p9-s-tbno-rA',
	'names-p90-q-tbno-rA',
	'networkx-p7-q-tbno-calls',
	'networkx-p90-q-tbno-setup-faults',
	'referencing-p90-tbno-rA-group',
	// -vv cuts no message, but a missing fixture's error has none in the summary (`ERROR id` alone).
	'resp-p9-vv-tbno-rfE',
	'resp-p9-vv-tbno-cr',
	...suites66CutSummary,
]);
const ambiguous = [
	'statsmodels-p9-doctest-q',
	'statsmodels-p9-doctest-v-nosummary-header',
	...suites63Ambiguous,
];
/**
A test whose call passed and whose teardown called pytest.skip(): pytest counts a pass and a skip, the XML keeps the skip.
Under `-v` the test's line is printed twice (PASSED, then SKIPPED) and the later is kept; without `-v` the log names it
only as passed (`-rA`'s `PASSED id`) and its skip by the plugin's location (`SKIPPED [1] ../plugins/hunt9_faults.py:66`).
*/
const teardownSkip = ['h11-p9-rA-marks'];
/**
--tb=native: a message that quotes a child's chained traceback (`During handling of the above exception …` inside it) reads
like the chain's last traceback, so its quoted exception line (`ValueError: bad record 7`) is taken as the headline where
the XML says `RuntimeError: …the child process failed:`. Only the short summary's message could tell them apart.
*/
const quotedChain = ['bn-p9-native-chain-quoted', 'stv-p7-native-chain-quoted'];

describe('real suites under faults agree with their JUnit XML', () => {
	test('every recorded run is checked', () => {
		const names = fs
			.readdirSync(root)
			.filter(name => fs.existsSync(path.join(root, name, 'meta.json')));
		expect(names.toSorted()).toEqual(
			[
				...Object.keys(expectedComplete),
				...unnamed,
				...ambiguous,
				...teardownSkip,
				...quotedChain,
				...hunt12Unnamed,
				...hunt16NoId,
				...hunt19PrintedSession,
				...hunt20NoFile,
				...hunt21NoFile,
				...hunt47DoctestCut,
			].toSorted(),
		);
	});

	for (const [name, isComplete] of Object.entries(expectedComplete)) {
		test(name, async () => {
			const directory = path.join(root, name);
			const run = await checkAgainstXml(directory);
			expect(run.complete).toBe(isComplete);
			expect(run.failures.length).toBe(
				run.tests.filter(test => isFailing(test.outcome)).length,
			);
			// Every headline as pytest's XML states it (a killed run wrote none).
			const xmlPath = xmlOf(directory);
			if (xmlPath) {
				const headlineOf = xmlHeadlines(await readLog(xmlPath));
				for (const failure of run.failures) {
					const said = saidOf(unreported[name], failure);
					const expected = said ? said.headline : headlineOf(failure);
					if (cutSummary.has(name) && failure.headline.endsWith('...')) {
						expect(expected?.startsWith(failure.headline.slice(0, -3))).toBe(
							true,
						);
					} else if (
						cutSummary.has(name) &&
						failure.headline === '(no traceback in the log)'
					) {
						expect(expected).not.toBe(undefined);
					} else {
						expect(failure.headline).toBe(expected);
					}
				}
			}
		});
	}

	for (const name of ambiguous) {
		test.fails(
			`${name}: ids printed from above the rootdir, and nothing in the log says so: kept as printed`,
			async () => {
				await checkAgainstXml(path.join(root, name));
			},
		);
	}

	for (const name of quotedChain) {
		test(`${name}: ids and outcomes agree; the one quoting failure is headed by the quoted exception line`, async () => {
			const directory = path.join(root, name);
			const run = await checkAgainstXml(directory);
			const headlineOf = xmlHeadlines(await readLog(xmlOf(directory)!));
			expect(
				run.failures
					.filter(failure => failure.headline !== headlineOf(failure))
					.map(failure => [failure.headline, headlineOf(failure)]),
			).toEqual([
				[
					'ValueError: bad record 7',
					'RuntimeError: induced: the child process failed:',
				],
			]);
		});
	}

	for (const name of hunt19PrintedSession) {
		test.fails(
			`${name}: a session a test printed under -q -s, with no banner of the run's own: its FAILED lines read as the run's`,
			async () => {
				await checkAgainstXml(path.join(root, name));
			},
		);
	}

	for (const name of hunt20NoFile) {
		test.fails(
			`${name}: unittest tests whose only frame is a plugin's, under -q -rN: the id is rebuilt in the plugin's file`,
			async () => {
				await checkAgainstXml(path.join(root, name));
			},
		);
	}

	for (const name of hunt21NoFile) {
		test.fails(
			`${name}: a helper collected as a test in several modules, under -q -rs: no line names a module, so one id is rebuilt in the helper's file`,
			async () => {
				await checkAgainstXml(path.join(root, name));
			},
		);
	}

	for (const name of teardownSkip) {
		test.fails(
			`${name}: a skip in teardown after a pass, named by no id without -v: the test reads as passed`,
			async () => {
				await checkAgainstXml(path.join(root, name));
			},
		);
	}

	test.each(unnamed)(
		'%s: the log names no failing test; not complete, and says so',
		async name => {
			const directory = path.join(root, name);
			const run = await readLog(path.join(directory, 'run.log'));
			const xml = await readLog(path.join(directory, 'run.xml'));
			const failing = comparablePairs(xml, isFailing).length;
			expect(failing).toBeGreaterThan(0);
			expect(run.counts.failed + run.counts.error).toBe(failing);
			expect(run.failures).toEqual([]);
			expect(run.complete).toBe(false);
			expect(
				run.warnings.some(warning =>
					warning.message.includes('that the log never names'),
				),
			).toBe(true);
		},
	);
});

describe('what the real suites showed', () => {
	test('psutil --tb=line (pytest 7.2 and 9): a report raised in <frozen importlib._bootstrap_external> is its own', async () => {
		for (const name of ['psutil-p7-color-tbline', 'psutil-p9-q-tbline']) {
			const run = await readLog(path.join(root, name, 'run.log'));
			const setup = run.failures.find(
				failure =>
					failure.id ===
					'psutil/tests/test_misc.py::TestMisc::test_setup_script',
			);
			expect(setup?.location?.path).toBe(
				'<frozen importlib._bootstrap_external>',
			);
			expect(setup?.headline).toMatch(/^FileNotFoundError: \[Errno 2]/);
		}
	});

	test('CPython under pytest 9: subtests counted on the final line, in a complete run', async () => {
		const run = await readLog(path.join(root, 'cpython-p9-v-nonet', 'run.log'));
		expect(run.counts).toMatchObject({failed: 6, passed: 251, skipped: 17});
		expect(run.warnings).toEqual([]);
	});
});

describe('what the fourth hunt showed', () => {
	test('pandas: pytest ran from site-packages, its rootdir the package (one directory): node ids as the XML has them', async () => {
		// The short summary and -v lines print `pandas/tests/…`; the XML, --durations and `ERROR collecting` say `tests/…`.
		for (const name of [
			'pandas-p9-lf-second',
			'pandas-p9-pdb-stdin-null',
			'pandas-p9-q-n2-maxfail',
			'pandas-p9-rA-tbauto',
			'pandas-p9-runxfail-maxfail-long',
			'pandas-p9-v-n2-deprecation',
			'pandas-p9-vv-durations',
		]) {
			const run = await readLog(path.join(root, name, 'run.log'));
			expect(run.tests.length).toBeGreaterThan(0);
			for (const test of run.tests) {
				expect(test.id).toMatch(/^tests\/(?:apply|reshape)\//);
			}
		}
	});

	const samename = (durations: string) =>
		[
			rule('test session starts'),
			'platform linux -- Python 3.11.7, pytest-9.1.1, pluggy-1.6.0',
			'rootdir: /src/pkg',
			'collected 2 items',
			'',
			'pkg/tests/test_a.py::test_one PASSED                                     [ 50%]',
			'pkg/tests/test_a.py::test_two PASSED                                     [100%]',
			'',
			rule('slowest 2 durations'),
			durations,
			'',
			rule('2 passed in 0.05s'),
		].join('\n');

	test('a repository named like its package, run from its rootdir: --durations prints the same ids, kept', async () => {
		const run = await parseText(
			samename('0.01s call     pkg/tests/test_a.py::test_one'),
		);
		expect(run.tests.map(test => test.id)).toEqual([
			'pkg/tests/test_a.py::test_one',
			'pkg/tests/test_a.py::test_two',
		]);
	});

	test('the same run from the folder above: --durations prints node ids without the folder, taken off', async () => {
		const run = await parseText(
			samename('0.01s call     tests/test_a.py::test_one'),
		);
		expect(run.tests.map(test => test.id)).toEqual([
			'tests/test_a.py::test_one',
			'tests/test_a.py::test_two',
		]);
		expect(run.complete).toBe(true);
	});

	test('-v --setup-plan / --setup-only: tests planned, not run, are passed as in the XML; pytest counts none', async () => {
		for (const name of ['toolz-p9-v-setup-plan', 'sklearn-p7-v-setup-only']) {
			const run = await readLog(path.join(root, name, 'run.log'));
			expect(run.counts.passed).toBe(0);
			expect(run.tests.length).toBeGreaterThan(40);
			expect(run.warnings.map(warning => warning.message)).toEqual([
				`${run.tests.length} tests were planned (--setup-plan or --setup-only), not run: pytest counts none of them, its XML calls them passed`,
			]);
		}
	});

	test("--pdb without a terminal: the report printed before entering the debugger is the failure's", async () => {
		const run = await readLog(
			path.join(root, 'pandas-p9-pdb-stdin-null', 'run.log'),
		);
		expect(run.failures.map(failure => [failure.id, failure.headline])).toEqual(
			[
				[
					'tests/reshape/test_union_categoricals.py::TestUnionCategoricals::test_union_categoricals_empty[val1]',
					'TypeError: dtype of categories must be the same',
				],
			],
		);
	});

	test("--pdb: the test's captured output before the report is the report's, not progress", async () => {
		const run = await parseText(
			[
				rule('test session starts'),
				'platform linux -- Python 3.11.7, pytest-9.1.1, pluggy-1.6.0',
				'rootdir: /src/app',
				'collected 2 items',
				'',
				'test_a.py .F',
				rule('captured stdout', '>'),
				'test_a.py::test_x PASSED',
				rule('traceback', '>'),
				'',
				'    def test_b():',
				'>       assert 1 == 2',
				'E       assert 1 == 2',
				'',
				'test_a.py:5: AssertionError',
				rule('entering PDB', '>'),
				'',
				rule('PDB post_mortem (IO-capturing turned off)', '>'),
				'> /src/app/test_a.py(5)test_b()',
				'-> assert 1 == 2',
				'(Pdb) ',
				rule('short test summary info'),
				'FAILED test_a.py::test_b - assert 1 == 2',
				'!!!!!!!!!!!!!!!!!!! _pytest.outcomes.Exit: Quitting debugger !!!!!!!!!!!!!!!!!!!',
				rule('1 failed, 1 passed in 0.10s'),
			].join('\n'),
		);
		expect(run.tests.map(test => test.id)).toEqual(['test_a.py::test_b']);
		expect(run.failures.map(failure => failure.headline)).toEqual([
			'AssertionError: assert 1 == 2',
		]);
		expect(run.counts).toMatchObject({failed: 1, passed: 1});
	});

	test('-W error: a class that cannot be collected is one error, headed by its file, named as the class', async () => {
		for (const name of [
			'tornado-p9-W-error-class',
			'tornado-p7-v-W-error-class',
		]) {
			const run = await readLog(path.join(root, name, 'run.log'));
			expect(
				run.failures.map(failure => [
					failure.id,
					failure.phase,
					failure.headline,
				]),
			).toEqual([
				[
					'tornado/test/tcpclient_test.py::TestTCPServer',
					'collect',
					"pytest.PytestCollectionWarning: cannot collect test class 'TestTCPServer' because it has a __init__ constructor (from: tornado/test/tcpclient_test.py)",
				],
			]);
		}
	});

	test("-W error: the class error in a file beside a test's setup error goes to the class its report names", async () => {
		const run = await parseText(
			[
				rule('test session starts'),
				'platform linux -- Python 3.11.7, pytest-9.1.1, pluggy-1.6.0',
				'rootdir: /src/app',
				'collected 2 items / 1 error',
				'',
				'test_x.py E.                                                             [100%]',
				'',
				rule('ERRORS'),
				rule('ERROR collecting test_x.py', '_'),
				"E   pytest.PytestCollectionWarning: cannot collect test class 'TestX' because it has a __init__ constructor (from: test_x.py)",
				rule('ERROR at setup of test_a', '_'),
				'E   RuntimeError: no database',
				'',
				'test_x.py:3: RuntimeError',
				rule('short test summary info'),
				'ERROR test_x.py::test_a - RuntimeError: no database',
				'ERROR test_x.py::TestX - pytest.PytestCollectionWarning: cannot collect test c...',
				rule('1 passed, 2 errors in 0.10s'),
			].join('\n'),
		);
		expect(
			run.failures.map(failure => [
				failure.id,
				failure.phase,
				failure.headline,
			]),
		).toEqual([
			['test_x.py::test_a', 'setup', 'RuntimeError: no database'],
			[
				'test_x.py::TestX',
				'collect',
				"pytest.PytestCollectionWarning: cannot collect test class 'TestX' because it has a __init__ constructor (from: test_x.py)",
			],
		]);
	});

	test("-q -rP: the bare final line right after the PASSES section is pytest's", async () => {
		const run = await readLog(
			path.join(root, 'astropy-p7-q-rP-ascii', 'run.log'),
		);
		expect(run.complete).toBe(true);
		expect(run.counts).toMatchObject({failed: 1, passed: 1099});
	});

	test("pytest-timeout's thread method under -v: the tests before the hang, the hanging one failed, and an incomplete run", async () => {
		const run = await readLog(
			path.join(root, 'sklearn-p7-v-timeout-thread', 'run.log'),
		);
		expect(run.tests.map(test => test.outcome)).toEqual([
			'passed',
			'passed',
			'failed',
		]);
		expect(run.complete).toBe(false);
	});
});

describe('what the fifth hunt showed', () => {
	test('statsmodels run from site-packages, its rootdir the package: ids as the XML has them, without --durations', async () => {
		const run = await readLog(
			path.join(root, 'statsmodels-p9-rA-long-l-fulltrace', 'run.log'),
		);
		expect(run.failures.map(failure => failure.id)).toEqual([
			'stats/tests/test_tost.py::test_tost_asym',
		]);
		for (const test of run.tests) {
			expect(test.id).not.toMatch(/^statsmodels\//);
		}
	});

	const installed = async (rootdir: string) =>
		parseText(
			[
				rule('test session starts'),
				'platform linux -- Python 3.11.7, pytest-9.1.1, pluggy-1.6.0',
				`rootdir: ${rootdir}`,
				'configfile: pyproject.toml',
				'collected 2 items',
				'',
				'pkg/tests/test_a.py .F                                                   [100%]',
				'',
				rule('FAILURES'),
				rule('test_two', '_'),
				'',
				'    def test_two():',
				'>       assert 1 == 2',
				'E       assert 1 == 2',
				'',
				'pkg/tests/test_a.py:5: AssertionError',
				rule('short test summary info'),
				'FAILED pkg/tests/test_a.py::test_two - assert 1 == 2',
				rule('1 failed, 1 passed in 0.05s'),
			].join('\n'),
		);

	test('a rootdir that is a package in site-packages (or dist-packages): the package directory in front of every id is taken off', async () => {
		for (const rootdir of [
			'/opt/venv/lib/python3.11/site-packages/pkg',
			'/usr/lib/python3/dist-packages/pkg',
		]) {
			const run = await installed(rootdir);
			expect(run.failures.map(failure => failure.id)).toEqual([
				'tests/test_a.py::test_two',
			]);
		}
	});

	test('the same one-directory prefix under a rootdir of a repository is kept (a repository named like its package)', async () => {
		const run = await installed('/src/pkg');
		expect(run.failures.map(failure => failure.id)).toEqual([
			'pkg/tests/test_a.py::test_two',
		]);
	});

	test("--tb=line -rA: the id-less entries go to the failed reports in the short summary's order, not in the order the tests were first named", async () => {
		const run = await readLog(
			path.join(root, 'llvmlite-p7-tbline-rA', 'run.log'),
		);
		expect(
			Object.fromEntries(
				run.failures
					.filter(failure => failure.phase === 'call')
					.map(failure => [failure.id.split('::').at(-1), failure.headline]),
			),
		).toEqual({
			test_array_repr: '[XPASS(strict)] induced: expected to fail (strict)',
			test_struct_repr:
				'AssertionError: induced failure: résultat inattendu — 期待値と異なる 🐛',
			test_per_bb_3:
				'AssertionError: induced failure: résultat inattendu — 期待値と異なる 🐛',
			test_per_bb_4: '[XPASS(strict)] induced: expected to fail (strict)',
		});
	});

	test("xdist's --dist each: another worker's report of a test is a report of that test, and its entry no test of its own", async () => {
		for (const name of ['llvmlite-p7-v-n2-each', 'llvmlite-p7-q-n2-each']) {
			const run = await readLog(path.join(root, name, 'run.log'));
			expect(run.counts).toMatchObject({failed: 8, error: 8, passed: 84});
			expect(run.warnings).toEqual([]);
			for (const failure of run.failures) {
				expect(failure.id).toMatch(/^llvmlite\/tests\//);
			}
		}

		const run = await readLog(
			path.join(root, 'llvmlite-p7-v-n2-each', 'run.log'),
		);
		expect(
			run.tests
				.filter(test => test.id.endsWith('::test_float_repr'))
				.map(test => [test.outcome, test.phase]),
		).toEqual([
			['error', 'setup'],
			['error', 'setup'],
		]);
	});

	test("flaky reruns a test whose teardown errors: its second teardown entry is another report of it, not a test rebuilt from the plugin's frame", async () => {
		const run = await readLog(
			path.join(root, 'llvmlite-p7-rA-force-flaky', 'run.log'),
		);
		expect(run.warnings).toEqual([]);
		expect(run.tests.map(test => test.id)).not.toContainEqual(
			expect.stringContaining('hunt5_faults'),
		);
	});

	test('-q from site-packages, no rootdir line: the warnings summary prints node ids as they are, and shows the prefix', async () => {
		const run = await readLog(
			path.join(root, 'statsmodels-p9-q-timeout-signal', 'run.log'),
		);
		expect(run.failures.map(failure => [failure.id, failure.headline])).toEqual(
			[
				[
					'tsa/tests/test_stattools.py::test_arma_order_select_ic',
					'Failed: Timeout (>1.0s) from pytest-timeout.',
				],
				[
					'tsa/tests/test_stattools.py::test_arma_order_select_ic_failure',
					'Failed: Timeout (>1.0s) from pytest-timeout.',
				],
			],
		);
	});

	test("pytest-timeout's thread method under pytest 9: the test the banner follows is the failure, named in node ids", async () => {
		const run = await readLog(
			path.join(root, 'statsmodels-p9-v-timeout-thread', 'run.log'),
		);
		expect(run.failures.map(failure => [failure.id, failure.headline])).toEqual(
			[
				[
					'tsa/tests/test_stattools.py::test_arma_order_select_ic',
					"Timeout (pytest-timeout's thread method dumped the stacks and ended the process)",
				],
			],
		);
		expect(run.counts.passed).toBe(168);
		expect(run.complete).toBe(false);
		// The stacks it dumped, between its two banners, are the failure's text: where the test was when ended.
		const {traceback} = run.failures[0]!;
		expect(traceback.split('\n')[0]).toMatch(
			/^~+ Stack of MainThread \(\d+\) ~+$/,
		);
		expect(traceback).toContain(
			'statsmodels/tsa/statespace/kalman_filter.py", line 853, in _filter',
		);
		expect(traceback).not.toContain('Timeout');
	});

	test("pytest-timeout's banner on the id's line, the log cut in the stacks: that test is the one that hung", async () => {
		const run = await parseText(
			[
				rule('test session starts'),
				'platform linux -- Python 3.11.7, pytest-9.1.1, pluggy-1.6.0',
				'rootdir: /src/app',
				'timeout: 1.0s',
				'timeout method: thread',
				'collected 3 items',
				'',
				'tests/test_a.py::test_one PASSED                                         [ 33%]',
				`tests/test_a.py::test_slow ${'+'.repeat(35)} Timeout ${'+'.repeat(36)}`,
				`${'~'.repeat(20)} Stack of MainThread (140590132411264) ${'~'.repeat(21)}`,
				'  File "/src/app/tests/test_a.py", line 9, in test_slow',
				'    time.sleep(10)',
			].join('\n'),
		);
		expect(run.tests.map(test => [test.id, test.outcome])).toEqual([
			['tests/test_a.py::test_one', 'passed'],
			['tests/test_a.py::test_slow', 'failed'],
		]);
		expect(run.complete).toBe(false);
	});

	test('a banner that did not end the process (the test went on to its outcome), then one that did: the later test hung', async () => {
		const banner = `${'+'.repeat(35)} Timeout ${'+'.repeat(36)}`;
		const run = await parseText(
			[
				rule('test session starts'),
				'platform linux -- Python 3.11.7, pytest-9.1.1, pluggy-1.6.0',
				'rootdir: /src/app',
				'collected 3 items',
				'',
				`tests/test_a.py::test_one ${banner}`,
				'  File "/src/app/tests/test_a.py", line 4, in test_one',
				banner,
				'FAILED                                                                   [ 33%]',
				`tests/test_a.py::test_two ${banner}`,
				'  File "/src/app/tests/test_a.py", line 9, in test_two',
				banner,
			].join('\n'),
		);
		expect(run.tests.map(test => [test.id, test.outcome])).toEqual([
			['tests/test_a.py::test_one', 'failed'],
			['tests/test_a.py::test_two', 'failed'],
		]);
		expect(run.failures.at(-1)!.headline).toMatch(/^Timeout \(pytest-timeout/);
	});

	test("a segmentation fault right after a -v id: that test failed, with faulthandler's line as its headline", async () => {
		const run = await readLog(
			path.resolve('fixtures/hunt/crash-p9-v-segv/run.log'),
		);
		expect(run.tests.map(test => [test.id, test.outcome])).toEqual([
			['crash/test_crash_segv.py::test_before', 'passed'],
			['crash/test_crash_segv.py::test_segfault', 'failed'],
		]);
		expect(run.failures[0]!.headline).toBe(
			'Fatal Python error: Segmentation fault',
		);
		// Its traceback is faulthandler's stacks: where it crashed.
		expect(run.failures[0]!.traceback).toMatch(
			/^Current thread 0x\w+ \(most recent call first\):\n {2}File "[^"]+\/ctypes\/__init__\.py", line 519 in string_at\n {2}File "\/src\/hunt\/crash\/test_crash_segv\.py", line 9 in test_segfault\n/,
		);
		expect(run.complete).toBe(false);
	});

	test('pytest-timeout under -s, the test going on after the banner: its own outcome stands', async () => {
		const run = await readLog(
			path.resolve('fixtures/hunt/timeout-p9-s/run.log'),
		);
		expect(run.failures.map(failure => failure.headline)).not.toContain(
			"Timeout (pytest-timeout's thread method dumped the stacks and ended the process)",
		);
	});

	test("xdist: a worker that crashed in the teardown of a failed test: the test's own failure and the crash, two reports", async () => {
		const run = await readLog(
			path.join(root, 'matplotlib-p7-v-n2-timeout-thread', 'run.log'),
		);
		const id = 'matplotlib/tests/test_axes.py::test_hist_offset[png]';
		expect(
			run.failures
				.filter(failure => failure.id === id)
				.map(failure => failure.headline),
		).toEqual([
			"OSError: Baseline image '/usr/lib/python3/dist-packages/result_images/test_axes/hist_offset-expected.png' does not exist.",
			`worker 'gw1' crashed while running '${id}'`,
		]);
		expect(run.counts.failed).toBe(21);
	});

	test('JUnit XML holding only the INTERNALERROR pseudo test case: a run of no test, incomplete, the error in a warning', async () => {
		const xml = await readLog(
			path.join(root, 'tables-p7-n2-nonet-internalerror', 'run.xml'),
		);
		expect(xml.format).toBe('junit');
		expect(xml.tests).toHaveLength(0);
		expect(xml.complete).toBe(false);
		expect(xml.warnings.map(warning => warning.message)).toEqual([
			'pytest hit an INTERNALERROR (pseudo test case pytest.internal): OSError: [Errno 101] Network is unreachable',
		]);
	});

	test("pytest 9's XML writes a doctest's whole report as the message: the headline is the report's, as the log's", async () => {
		const xml = await readLog(
			path.join(root, 'statsmodels-p9-doctest-q', 'run.xml'),
		);
		expect(xml.failures.map(failure => failure.headline)).toEqual([
			"NameError: name 'Foo' is not defined",
			"DocTestFailure: expected <Compressed Sparse Row sparse array of dtype 'int8', got <Compressed Sparse Row sparse array of dtype 'int8'",
			"DocTestFailure: expected <Compressed Sparse Row sparse array of dtype 'int8', got <Compressed Sparse Row sparse array of dtype 'int8'",
			'DocTestFailure: expected nothing, got 2',
			// numpy's assert_array_equal in a teardown: `AssertionError: ` and the arrays below.
			'AssertionError:',
			"NameError: name 'myrow' is not defined",
			"NameError: name 'text' is not defined",
		]);
	});

	test("pytest 7.2's XML writes an emoji in a test's id as #x1F40D: read as the emoji, the id the log prints", async () => {
		const directory = path.join(root, 'matplotlib-p7-rA-unicode-ids-raw');
		const xml = await readLog(path.join(directory, 'run.xml'));
		const run = await readLog(path.join(directory, 'run.log'));
		const id =
			'matplotlib/tests/test_category.py::TestPlotTypes::test_plot_unicode[🐍-py-bar]';
		expect(xml.tests.map(test => test.id)).toContain(id);
		expect(run.tests.map(test => test.id)).toContain(id);
	});

	test("xunit1 with --junit-prefix: the prefix is taken off the classnames the `file` attribute shows, pytest 7's #x1F41B is the emoji", async () => {
		const xml = await readLog(
			path.join(root, 'llvmlite-p7-v-xunit1-prefix', 'run.xml'),
		);
		expect(xml.tests.length).toBeGreaterThan(40);
		for (const test of xml.tests) {
			expect(test.id).toMatch(/^llvmlite\/tests\/test_\w+\.py::Test\w+::test_/);
		}

		expect(
			xml.failures.find(failure => failure.id.endsWith('::test_per_bb_3'))
				?.headline,
		).toBe(
			'AssertionError: induced failure: résultat inattendu — 期待値と異なる 🐛',
		);
	});
});
