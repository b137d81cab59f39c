import type { IBinaryData, IExecuteFunctions } from 'n8n-workflow';

/** File name from Content-Disposition, preferring the RFC 5987 `filename*` form. */
export function fileNameFromDisposition(disposition: string | undefined): string | undefined {
	if (!disposition) return undefined;
	const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)?''([^;]+)/.exec(disposition);
	if (extended) {
		try {
			return decodeURIComponent(extended[1].trim().replace(/^"|"$/g, ''));
		} catch {
			return extended[1].trim();
		}
	}
	const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/.exec(disposition);
	if (!plain) return undefined;
	return (plain[2] ?? plain[1]).trim();
}

export async function toBinaryData(
	ctx: IExecuteFunctions,
	body: Buffer,
	headers: Record<string, string>,
	fallbackFileName: string,
	fallbackMimeType = 'application/octet-stream',
): Promise<IBinaryData> {
	const fileName = fileNameFromDisposition(headers['content-disposition']) ?? fallbackFileName;
	const mimeType = (headers['content-type'] ?? fallbackMimeType).split(';')[0].trim() || fallbackMimeType;
	return await ctx.helpers.prepareBinaryData(body, fileName, mimeType);
}
