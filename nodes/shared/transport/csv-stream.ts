import type { ByteStream } from './body';
import { BodyLimitError, closeStream, watchDeadline } from './body';
import { CsvReader } from './csv';
import type { CsvRecord } from './csv';

/**
 * The records of a CSV answer read as it arrives: the bytes are parsed chunk by chunk and dropped,
 * so memory holds the records and one unfinished field, never the file. Errors (a field past its
 * limit, the deadline, a broken connection) close the stream and are thrown to the caller.
 */
export async function readCsvStream(
	stream: ByteStream,
	deadline: AbortSignal | undefined,
	deadlineMessage: string,
): Promise<CsvRecord[]> {
	const reader = new CsvReader();
	const records: CsvRecord[] = [];
	const stop = watchDeadline(stream, deadline, deadlineMessage);
	let failure: unknown;
	try {
		for await (const chunk of stream) for (const record of reader.push(chunk)) records.push(record);
		for (const record of reader.end()) records.push(record);
	} catch (error) {
		failure =
			deadline?.aborted && !(error instanceof BodyLimitError)
				? new BodyLimitError('deadline', deadlineMessage)
				: error;
	} finally {
		stop();
		closeStream(stream);
	}
	if (failure !== undefined) throw failure;
	return records;
}
