import { Cell, cellCsv, cellText } from './figures';

/** What a panel shows and downloads: a header row and rows of cells. */
export interface Table {
  columns: string[];
  rows: Cell[][];
}

const REASONS: Record<string, string> = {
  CONFIDENTIAL: 'a count of 1 to 4, or a figure that would reveal one: withheld from readers without exact access',
};

export function renderTable(table: Table, caption: string): HTMLTableElement {
  const element = document.createElement('table');
  element.createCaption().textContent = caption;
  const head = element.createTHead().insertRow();
  for (const column of table.columns) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = column;
    head.appendChild(th);
  }
  const body = element.createTBody();
  for (const row of table.rows) {
    const tr = body.insertRow();
    row.forEach((cell, index) => {
      const td = document.createElement(index === 0 ? 'th' : 'td');
      if (index === 0) td.setAttribute('scope', 'row');
      td.textContent = cellText(cell);
      td.dataset.column = table.columns[index];
      if (cell.kind === 'figure') {
        td.className = cell.suppressed ? 'figure suppressed' : cell.value === null ? 'figure missing' : 'figure';
        if (cell.suppressed) td.title = `Suppressed: ${REASONS[cell.reason ?? ''] ?? cell.reason ?? 'withheld'}`;
      }
      tr.appendChild(td);
    });
  }
  return element;
}

/** RFC 4180 CSV of exactly what the table shows. */
export function tableCsv(table: Table): string {
  const quote = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  return [table.columns, ...table.rows.map((row) => row.map(cellCsv))]
    .map((row) => row.map(quote).join(','))
    .join('\r\n');
}

/** A link that downloads the table as CSV, made in the browser from the figures on the page. */
export function csvLink(table: Table, fileName: string): HTMLAnchorElement {
  const link = document.createElement('a');
  link.className = 'download';
  link.textContent = 'Download CSV';
  link.download = fileName;
  link.href = URL.createObjectURL(new Blob([tableCsv(table) + '\r\n'], { type: 'text/csv' }));
  return link;
}
