import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';

/** How many records Fetch Test Event shows: enough to map fields, few enough to read. */
export const SAMPLE_SIZE = 5;

/**
 * What a polling trigger returns when a person clicks Fetch Test Event: up to SAMPLE_SIZE of the
 * records given (the trigger reads them without touching its state), or nothing.
 */
export function manualSample(
	ctx: IPollFunctions,
	records: IDataObject[],
): INodeExecutionData[][] | null {
	const sample = records.slice(0, SAMPLE_SIZE);
	return sample.length ? [ctx.helpers.returnJsonArray(sample)] : null;
}
