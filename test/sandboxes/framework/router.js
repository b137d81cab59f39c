'use strict';

const { ParamError } = require('./errors');

function splitPath(pathname) {
	return pathname.split('/').filter((segment) => segment !== '');
}

function safeDecode(segment) {
	try {
		return decodeURIComponent(segment);
	} catch {
		return null;
	}
}

/**
 * Method + path patterns with `:param` segments. Trailing slashes are ignored (some vendor
 * docs call `/user/?x=1`). When several patterns match, the one with more literal segments
 * wins, so registration order does not matter.
 */
class Router {
	constructor() {
		this.routes = [];
	}

	add(method, pattern, handler, options = {}) {
		const segments = splitPath(pattern).map((part) =>
			part.startsWith(':') ? { param: part.slice(1) } : { literal: part },
		);
		this.routes.push({
			method: method.toUpperCase(),
			pattern,
			segments,
			literalCount: segments.filter((s) => s.literal !== undefined).length,
			handler,
			options,
		});
		return this;
	}

	/**
	 * @param {string} rawPathname still percent-encoded, so an encoded "/" stays inside its segment
	 * @returns {{ route, params } | { allowed: string[] } | null}
	 */
	match(method, rawPathname) {
		const rawSegments = splitPath(rawPathname);
		const decoded = rawSegments.map(safeDecode);
		let best = null;
		const allowed = new Set();
		for (const route of this.routes) {
			if (route.segments.length !== rawSegments.length) continue;
			const ok = route.segments.every((s, i) => s.param !== undefined || s.literal === decoded[i]);
			if (!ok) continue;
			if (route.method !== method.toUpperCase()) {
				allowed.add(route.method);
				continue;
			}
			if (!best || route.literalCount > best.literalCount) best = route;
		}
		if (!best) return allowed.size ? { allowed: [...allowed] } : null;
		const params = {};
		best.segments.forEach((s, i) => {
			if (s.param === undefined) return;
			if (decoded[i] === null)
				throw new ParamError(s.param, `Malformed percent-encoding in path parameter ${s.param}`);
			params[s.param] = decoded[i];
		});
		return { route: best, params };
	}

	list() {
		return this.routes.map((r) => `${r.method} ${r.pattern}`);
	}
}

module.exports = { Router, splitPath, safeDecode };
