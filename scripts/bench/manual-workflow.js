'use strict';
/** A bench workflow: a Manual Trigger and one node named "List", whose output the benches read. */
const manual = {
	id: 'm',
	name: 'Start',
	type: 'n8n-nodes-base.manualTrigger',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
};

const manualWorkflow = (id, node, name = id) => ({
	id,
	name,
	nodes: [manual, { ...node, id: 'n', name: 'List', position: [220, 0] }],
	connections: { Start: { main: [[{ node: 'List', type: 'main', index: 0 }]] } },
	settings: { executionOrder: 'v1' },
});

module.exports = { manualWorkflow };
