'use strict';
/** Reads a vendor's machine-readable inventory from vendor-inventories/ (facts distilled from the vendor's documents). */
const fs = require('node:fs');
const path = require('node:path');

const INVENTORIES = path.resolve(__dirname, '..', '..', 'vendor-inventories');

/** Inventory file of each vendor key the tests use. */
const FILES = {
	velpic: 'damstra-learning',
	growsparks: 'growsparks',
	flowapp: 'flow-webinars',
	snappergrape: 'snapper-grape',
	onsight: 'onsight-flow',
};

function loadInventory(vendor) {
	const file = FILES[vendor] ?? vendor;
	return JSON.parse(fs.readFileSync(path.join(INVENTORIES, `${file}.json`), 'utf8'));
}

module.exports = { loadInventory, INVENTORIES };
