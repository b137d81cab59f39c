'use strict';
/** What n8n fills in for a node's parameters that a workflow leaves out (tests and the benchmark). */

/** Parameters left out take the defaults of the fields shown for the given ones (as the n8n editor stores them). */
function withDefaults(nodeType, given) {
	const parameters = { ...given };
	for (const property of nodeType.description.properties) {
		if (property.type === 'notice' || property.name in parameters) continue;
		const show = (property.displayOptions && property.displayOptions.show) || {};
		if (
			Object.entries(show).every(
				([key, values]) => key.startsWith('@') || values.includes(parameters[key]),
			)
		)
			parameters[property.name] = property.default;
	}
	return parameters;
}

module.exports = { withDefaults };
