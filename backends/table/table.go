// Package table shows Arrow data as notebook tables (HTML and text) and
// reads results without holding more rows than it shows. The Spark and SQL
// backends share it so every table in spargo looks and behaves the same.
package table

import (
	"fmt"
	"html"
	"strings"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
)

// Page is the first rows of a result, as strings, ready to show.
type Page struct {
	Columns []string
	Types   []string
	Rows    [][]string // nil entries are SQL NULLs
	Nulls   [][]bool
	More    bool // the result has rows beyond these
}

// Read takes up to max rows from rr (max < 0: all) and reports whether
// more rows follow. It reads one batch past max at most.
func Read(rr array.RecordReader, max int) (Page, error) {
	p := Page{}
	for _, f := range rr.Schema().Fields() {
		p.Columns = append(p.Columns, f.Name)
		p.Types = append(p.Types, f.Type.String())
	}
	for rr.Next() {
		rec := rr.RecordBatch()
		for i := 0; i < int(rec.NumRows()); i++ {
			if max >= 0 && len(p.Rows) == max {
				p.More = true
				return p, nil
			}
			row := make([]string, rec.NumCols())
			nulls := make([]bool, rec.NumCols())
			for c := range row {
				col := rec.Column(c)
				if col.IsNull(i) || col.DataType().ID() == arrow.NULL {
					nulls[c] = true
					continue
				}
				row[c] = col.ValueStr(i)
			}
			p.Rows = append(p.Rows, row)
			p.Nulls = append(p.Nulls, nulls)
		}
	}
	if err := rr.Err(); err != nil {
		return p, fmt.Errorf("read result: %w", err)
	}
	return p, nil
}

// Note is the line under a table that says what is shown.
func (p Page) Note() string {
	n := len(p.Rows)
	switch {
	case p.More:
		return fmt.Sprintf("showing the first %d rows; the result has more (truncated)", n)
	case n == 1:
		return "1 row"
	default:
		return fmt.Sprintf("%d rows", n)
	}
}

// Bundle renders p as text/html and text/plain.
func (p Page) Bundle() map[string]any {
	return map[string]any{"text/html": p.HTML(), "text/plain": p.Text()}
}

// HTML renders p as a table in the style Jupyter styles for pandas.
func (p Page) HTML() string {
	var b strings.Builder
	b.WriteString(`<table class="dataframe spargo-table" border="1"><thead><tr style="text-align: right;">`)
	for i, c := range p.Columns {
		fmt.Fprintf(&b, `<th title="%s">%s</th>`, html.EscapeString(p.Types[i]), html.EscapeString(c))
	}
	b.WriteString("</tr></thead><tbody>")
	for r, row := range p.Rows {
		b.WriteString("<tr>")
		for c, v := range row {
			if p.Nulls[r][c] {
				b.WriteString(`<td><i>null</i></td>`)
			} else {
				fmt.Fprintf(&b, "<td>%s</td>", html.EscapeString(v))
			}
		}
		b.WriteString("</tr>")
	}
	fmt.Fprintf(&b, "</tbody></table><p><small>%s</small></p>", html.EscapeString(p.Note()))
	return b.String()
}

// Text renders p as aligned columns, as a terminal would show it.
func (p Page) Text() string {
	width := make([]int, len(p.Columns))
	cell := func(r, c int) string {
		if p.Nulls[r][c] {
			return "null"
		}
		return p.Rows[r][c]
	}
	for c, name := range p.Columns {
		width[c] = len([]rune(name))
		for r := range p.Rows {
			width[c] = max(width[c], len([]rune(cell(r, c))))
		}
	}
	var b strings.Builder
	line := func(vals func(c int) string) {
		for c := range p.Columns {
			if c > 0 {
				b.WriteString(" | ")
			}
			v := vals(c)
			b.WriteString(v + strings.Repeat(" ", width[c]-len([]rune(v))))
		}
		b.WriteString("\n")
	}
	line(func(c int) string { return p.Columns[c] })
	line(func(c int) string { return strings.Repeat("-", width[c]) })
	for r := range p.Rows {
		line(func(c int) string { return cell(r, c) })
	}
	b.WriteString("(" + p.Note() + ")")
	return b.String()
}

// OfTable renders the first max rows of an Arrow table.
func OfTable(t arrow.Table, max int) (Page, error) {
	rr := array.NewTableReader(t, 4096)
	defer rr.Release()
	return Read(rr, max)
}

// OfRecord renders the first max rows of one record batch.
func OfRecord(rec arrow.RecordBatch, max int) (Page, error) {
	rr, err := array.NewRecordReader(rec.Schema(), []arrow.RecordBatch{rec})
	if err != nil {
		return Page{}, err
	}
	defer rr.Release()
	return Read(rr, max)
}
