import { parseCsv } from '../../../nodes/shared/transport/csv';

describe('CSV parsing', () => {
	it('reads quoted fields with commas, doubled quotes and line breaks', () => {
		const text = 'name,message,time\r\n"Doe, Jane","She said ""hi""\nand left",10:00\r\nZoë,plain,11:00\r\n';
		expect(parseCsv(text)).toEqual([
			{ name: 'Doe, Jane', message: 'She said "hi"\nand left', time: '10:00' },
			{ name: 'Zoë', message: 'plain', time: '11:00' },
		]);
	});

	it('drops a byte-order mark, fills short rows and names empty headers', () => {
		expect(parseCsv('\ufeffa,,c\n1,2\n')).toEqual([{ a: '1', column2: '2', c: '' }]);
	});

	it('returns nothing for an empty report or a header only', () => {
		expect(parseCsv('')).toEqual([]);
		expect(parseCsv('a,b\n')).toEqual([]);
	});

	it('keeps an empty quoted field and a last line without a line break', () => {
		expect(parseCsv('a,b\n"",x')).toEqual([{ a: '', b: 'x' }]);
	});
});
