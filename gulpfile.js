const { src, dest } = require('gulp');

/** Copies node and credential icons next to the compiled code, where n8n resolves `file:` icon paths. */
function buildIcons() {
	return src(['icons/**/*.{png,svg}', 'nodes/**/*.{png,svg}', 'credentials/**/*.{png,svg}'], {
		base: '.',
		encoding: false,
	}).pipe(dest('dist'));
}

exports['build:icons'] = buildIcons;
