import type { INode } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';
import { apiError, messageFromBody, transportError } from '../../../nodes/shared/transport/errors';
import { collectSecrets, redactText } from '../../../nodes/shared/transport/redact';
import { fileNameFromDisposition } from '../../../nodes/shared/transport/binary';
import { damstraLearningApi } from '../../../nodes/DamstraLearning/api/client';

const node = {
	id: '1',
	name: 'Test',
	type: 'test',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
} as INode;
const SENTINEL = ['sentinel', 'credential', '0123456789'].join('-');

describe('error mapping', () => {
	it('finds the vendor message in the usual body shapes', () => {
		expect(messageFromBody({ internalCode: 806, error: 'Invalid security token' })).toBe(
			'Invalid security token',
		);
		expect(messageFromBody({ message: 'Bad thing' })).toBe('Bad thing');
		expect(messageFromBody({ errors: [{ detail: 'nested' }] })).toBe('nested');
		expect(messageFromBody('plain text')).toBe('plain text');
		expect(messageFromBody({})).toBeUndefined();
	});

	it('says what went wrong, the status, the vendor code and how to fix it', () => {
		const error = apiError(
			node,
			damstraLearningApi,
			{ status: 403, body: { internalCode: 806, error: 'Invalid security token' } },
			[],
		);
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.message).toBe(
			'Damstra Learning returned HTTP 403 (code 806): Invalid security token',
		);
		expect(error.description).toMatch(/paste the current key/);
		expect(error.httpCode).toBe('403');
	});

	it('never lets a secret through, even when the server echoes it', () => {
		const secrets = collectSecrets({ apiKey: SENTINEL }, ['apiKey']);
		const error = apiError(
			node,
			damstraLearningApi,
			{
				status: 400,
				body: { message: `bad header AccessKey: ${SENTINEL}`, echo: { accesskey: SENTINEL } },
			},
			secrets,
		);
		expect(
			JSON.stringify({
				message: error.message,
				description: error.description,
				cause: error.cause,
				context: error.context,
			}),
		).not.toContain(SENTINEL);
		const network = transportError(
			node,
			damstraLearningApi,
			new Error(`connect to https://x/?key=${encodeURIComponent(SENTINEL)} failed`),
			secrets,
		);
		expect(network.message).not.toContain(encodeURIComponent(SENTINEL));
		expect(redactText(`a ${SENTINEL} b`, secrets)).toBe('a [redacted] b');
	});

	it('reads file names from Content-Disposition', () => {
		expect(fileNameFromDisposition('attachment; filename="certificate-9.pdf"')).toBe(
			'certificate-9.pdf',
		);
		expect(
			fileNameFromDisposition(
				'attachment; filename*=UTF-8\'\'r%C3%A9sum%C3%A9.pdf; filename="x.pdf"',
			),
		).toBe('résumé.pdf');
		expect(fileNameFromDisposition('attachment; filename=plain.csv')).toBe('plain.csv');
		expect(fileNameFromDisposition(undefined)).toBeUndefined();
	});
});
