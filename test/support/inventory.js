'use strict';
/** Reads a vendor's machine-readable inventory from ../shared/api (read-only reference beside the repo). */
const fs = require('node:fs');
const path = require('node:path');

const SHARED = path.resolve(__dirname, '..', '..', '..', 'shared');

function loadInventory(vendor) {
	return JSON.parse(fs.readFileSync(path.join(SHARED, 'api', `${vendor}.json`), 'utf8'));
}

module.exports = { loadInventory, SHARED };
