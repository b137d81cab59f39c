'use strict';

const { ParamError } = require('./errors');

function parseNonNegativeInt(raw, name) {
	if (raw === undefined || raw === '') return undefined;
	const text = Array.isArray(raw) ? raw[raw.length - 1] : raw;
	if (!/^\d+$/.test(String(text).trim())) {
		throw new ParamError(name, `${name} must be a non-negative integer, got "${text}"`);
	}
	return Number(text);
}

/**
 * Offset paging parameters. `defaultMaxResults: null` means "everything" for endpoints
 * that document no paging at all; `zeroMeansDefault` covers vendors whose docs say
 * "default is 0" for page size.
 */
function parsePaging(
	query,
	{
		startParam = 'startIndex',
		sizeParam = 'maxResults',
		defaultMaxResults = 20,
		zeroMeansDefault = true,
	} = {},
) {
	const startIndex = parseNonNegativeInt(query[startParam], startParam) ?? 0;
	let maxResults = parseNonNegativeInt(query[sizeParam], sizeParam);
	if (maxResults === undefined || (maxResults === 0 && zeroMeansDefault))
		maxResults = defaultMaxResults;
	return { startIndex, maxResults };
}

// endIndex is exclusive: startIndex + results.length, so it doubles as the next startIndex.
function paginate(items, { startIndex = 0, maxResults = null } = {}) {
	const end = maxResults === null ? items.length : Math.min(items.length, startIndex + maxResults);
	const results = startIndex >= items.length ? [] : items.slice(startIndex, end);
	return {
		results,
		meta: { totalResultCount: items.length, startIndex, endIndex: startIndex + results.length },
	};
}

module.exports = { parsePaging, paginate, parseNonNegativeInt };
