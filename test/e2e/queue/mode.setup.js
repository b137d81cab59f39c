'use strict';
// Every n8n the e2e suites start runs in queue mode (test/support/e2e.js reads this).
process.env.N8N_E2E_QUEUE = '1';
