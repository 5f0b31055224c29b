// The dashboard's tables: a caption, a header and rows of text (never markup from the data), or a line that says
// the table is empty.

/** Fills `table` with `rows` under `columns` ([{ label, value(row), number? }]); `caption` names it. */
export function fillTable(table, caption, columns, rows, emptyText) {
  table.replaceChildren();
  const cap = document.createElement('caption');
  cap.textContent = caption;
  table.append(cap);
  const head = table.createTHead().insertRow();
  for (const column of columns) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = column.label;
    if (column.number) th.className = 'number';
    head.append(th);
  }
  const body = table.createTBody();
  if (!rows.length) {
    const cell = body.insertRow().insertCell();
    cell.colSpan = columns.length;
    cell.className = 'empty';
    cell.textContent = emptyText;
    return;
  }
  for (const row of rows) {
    const tr = body.insertRow();
    for (const column of columns) {
      const td = tr.insertCell();
      const value = column.value(row);
      if (value instanceof Node) td.append(value);
      else td.textContent = value == null ? '' : String(value);
      if (column.number) td.className = 'number';
    }
  }
}

/** A percentage of a ratio, one decimal. */
export function percent(ratio) {
  return `${((Number(ratio) || 0) * 100).toFixed(1)} %`;
}
