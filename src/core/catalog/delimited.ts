/** Pasted blocks and CSV files as rows of cells: tab-separated (as Excel copies) or comma-separated with quotes. */

/** Tab-separated when any line holds a tab, comma-separated otherwise. */
export function parseDelimitedText(text: string): string[][] {
  const body = text.replace(/^\uFEFF/, '');
  return body.includes('\t') ? parseWith(body, '\t') : parseWith(body, ',');
}

/**
 * RFC 4180 style: a quoted field may hold the delimiter, line breaks and doubled quotes. Excel
 * quotes tab-separated cells the same way when they contain line breaks.
 */
export function parseWith(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === delimiter) {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
