'use strict';
/** Reads a vendor's machine-readable inventory, vendor-inventories/<vendor id>.json (facts distilled from its documents). */
const fs = require('node:fs');
const path = require('node:path');

const INVENTORIES = path.resolve(__dirname, '..', '..', 'vendor-inventories');

function loadInventory(id) {
	return JSON.parse(fs.readFileSync(path.join(INVENTORIES, `${id}.json`), 'utf8'));
}

module.exports = { loadInventory, INVENTORIES };
