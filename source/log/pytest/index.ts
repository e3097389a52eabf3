/**
The pytest console parser's public face: what the rest of triage imports from `log/pytest/`.
*/
export {PytestParser} from './parser.js';
export {splitIdAndMessage} from './ids.js';
export {parseVerboseLine} from './verbose-line.js';
export {stripPercent} from './progress-marker.js';
