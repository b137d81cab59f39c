'use strict';
/**
 * A real HTTP endpoint standing in for n8n's webhook server in integration tests: it parses the body the
 * way n8n does (JSON when the content type says so, otherwise the raw text), hands an express-like
 * request/response pair to `handle`, and answers as n8n would for each kind of webhook result.
 */
const http = require('node:http');

function expressLike(res) {
	return {
		statusCode: 200,
		sent: false,
		status(code) {
			this.statusCode = code;
			return this;
		},
		json(body) {
			return this.send(JSON.stringify(body), 'application/json');
		},
		send(body, type = 'text/plain') {
			if (this.sent) return this;
			this.sent = true;
			res.writeHead(this.statusCode, { 'content-type': type });
			res.end(typeof body === 'string' ? body : JSON.stringify(body));
			return this;
		},
		end() {
			if (!this.sent) {
				this.sent = true;
				res.writeHead(this.statusCode);
				res.end();
			}
			return this;
		},
	};
}

/**
 * @param {(request, response) => Promise<object>} handle the node's webhook()
 * @param {{ responseData?: string }} [options] the webhook description's responseData, as n8n evaluates it
 */
async function startWebhookHost(handle, options = {}) {
	const server = http.createServer((req, res) => {
		const chunks = [];
		req.on('data', (c) => chunks.push(c));
		req.on('end', async () => {
			const rawBody = Buffer.concat(chunks);
			const url = new URL(req.url, 'http://127.0.0.1');
			let body = rawBody.toString('utf8');
			if (/json/.test(req.headers['content-type'] || '')) {
				try {
					body = JSON.parse(body);
				} catch {
					res.writeHead(400, { 'content-type': 'application/json' });
					return res.end(JSON.stringify({ message: 'Invalid JSON' }));
				}
			}
			const request = {
				method: req.method,
				headers: req.headers,
				query: Object.fromEntries(url.searchParams),
				body,
				rawBody,
			};
			const response = expressLike(res);
			try {
				const result = await handle(request, response);
				if (result && result.noWebhookResponse) return response.end();
				// n8n 2.41 answers a started run with the webhook's responseData when it has one, else
				// with the node's webhookResponse (webhook-on-received-response-extractor.js).
				if (result && result.workflowData)
					return response
						.status(200)
						.json(
							options.responseData
								? options.responseData
								: (result.webhookResponse ?? { message: 'Workflow was started' }),
						);
				return response
					.status(200)
					.json(
						result && result.webhookResponse !== undefined
							? result.webhookResponse
							: { message: 'Webhook call received' },
					);
			} catch (error) {
				return response.status(500).json({ message: String(error && error.message) });
			}
		});
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address();
	return {
		url: `http://127.0.0.1:${port}/webhook`,
		close: () => new Promise((resolve) => server.close(resolve)),
	};
}

module.exports = { startWebhookHost };
