package table

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/memory"
)

var idNameSchema = arrow.NewSchema([]arrow.Field{
	{Name: "id", Type: arrow.PrimitiveTypes.Int64, Nullable: true},
	{Name: "name", Type: arrow.BinaryTypes.String, Nullable: true},
}, nil)

// idNameBatch builds a batch of ids from..to-1 named "n<id>"; ids in
// nullIDs get a NULL id.
func idNameBatch(mem memory.Allocator, from, to int, nullIDs ...int) arrow.RecordBatch {
	b := array.NewRecordBuilder(mem, idNameSchema)
	defer b.Release()
	ids := b.Field(0).(*array.Int64Builder)
	names := b.Field(1).(*array.StringBuilder)
	for i := from; i < to; i++ {
		isNull := false
		for _, n := range nullIDs {
			isNull = isNull || n == i
		}
		if isNull {
			ids.AppendNull()
		} else {
			ids.Append(int64(i))
		}
		names.Append(fmt.Sprintf("n%d", i))
	}
	return b.NewRecordBatch()
}

// reader returns a reader over batches (which it takes over).
func reader(t *testing.T, schema *arrow.Schema, batches ...arrow.RecordBatch) array.RecordReader {
	t.Helper()
	rr, err := array.NewRecordReader(schema, batches)
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range batches {
		b.Release()
	}
	return rr
}

func checkedMem(t *testing.T) *memory.CheckedAllocator {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	t.Cleanup(func() { mem.AssertSize(t, 0) })
	return mem
}

func TestReadTruncates(t *testing.T) {
	mem := checkedMem(t)
	cases := []struct {
		name      string
		batches   [][2]int // [from, to) per batch
		max       int
		wantRows  int
		wantMore  bool
		wantNote  string
		wantFirst string
		wantLast  string
	}{
		{"fewer shown than one batch", [][2]int{{0, 10}}, 3, 3, true, "showing the first 3 rows; the result has more (truncated)", "0", "2"},
		{"across batches", [][2]int{{0, 4}, {4, 8}, {8, 12}}, 6, 6, true, "showing the first 6 rows; the result has more (truncated)", "0", "5"},
		{"exact count, one batch", [][2]int{{0, 5}}, 5, 5, false, "5 rows", "0", "4"},
		{"exact count at a batch end", [][2]int{{0, 3}, {3, 5}}, 5, 5, false, "5 rows", "0", "4"},
		{"max at a batch end, more follow", [][2]int{{0, 3}, {3, 5}}, 3, 3, true, "showing the first 3 rows; the result has more (truncated)", "0", "2"},
		{"fewer rows than max", [][2]int{{0, 2}}, 20, 2, false, "2 rows", "0", "1"},
		{"one row", [][2]int{{7, 8}}, 20, 1, false, "1 row", "7", "7"},
		{"no rows", nil, 20, 0, false, "0 rows", "", ""},
		{"empty batches", [][2]int{{0, 0}, {0, 2}, {2, 2}}, 2, 2, false, "2 rows", "0", "1"},
		{"all rows (max < 0)", [][2]int{{0, 30}, {30, 45}}, -1, 45, false, "45 rows", "0", "44"},
		{"max 0", [][2]int{{0, 2}}, 0, 0, true, "showing the first 0 rows; the result has more (truncated)", "", ""},
	}
	for _, c := range cases {
		var batches []arrow.RecordBatch
		for _, b := range c.batches {
			batches = append(batches, idNameBatch(mem, b[0], b[1]))
		}
		rr := reader(t, idNameSchema, batches...)
		p, err := Read(rr, c.max)
		rr.Release()
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if len(p.Rows) != c.wantRows || len(p.Nulls) != c.wantRows || p.More != c.wantMore {
			t.Errorf("%s: %d rows (%d null rows), More %v; want %d, %v", c.name, len(p.Rows), len(p.Nulls), p.More, c.wantRows, c.wantMore)
		}
		if got := p.Note(); got != c.wantNote {
			t.Errorf("%s: Note %q, want %q", c.name, got, c.wantNote)
		}
		if c.wantRows > 0 && (p.Rows[0][0] != c.wantFirst || p.Rows[len(p.Rows)-1][0] != c.wantLast) {
			t.Errorf("%s: rows %s..%s, want %s..%s", c.name, p.Rows[0][0], p.Rows[len(p.Rows)-1][0], c.wantFirst, c.wantLast)
		}
		if !reflect.DeepEqual(p.Columns, []string{"id", "name"}) || !reflect.DeepEqual(p.Types, []string{"int64", "utf8"}) {
			t.Errorf("%s: columns %v types %v", c.name, p.Columns, p.Types)
		}
		if strings.Contains(p.Text(), "truncated") != c.wantMore || strings.Contains(p.HTML(), "truncated") != c.wantMore {
			t.Errorf("%s: truncation note in Text/HTML does not match More=%v", c.name, c.wantMore)
		}
	}
}

// countingReader counts how many batches were taken from the reader.
type countingReader struct {
	array.RecordReader
	n int
}

func (c *countingReader) Next() bool {
	ok := c.RecordReader.Next()
	if ok {
		c.n++
	}
	return ok
}

func TestReadStopsEarly(t *testing.T) {
	mem := checkedMem(t)
	var batches []arrow.RecordBatch
	for i := 0; i < 10; i++ {
		batches = append(batches, idNameBatch(mem, i*5, i*5+5))
	}
	rr := &countingReader{RecordReader: reader(t, idNameSchema, batches...)}
	defer rr.Release()
	p, err := Read(rr, 7)
	if err != nil || len(p.Rows) != 7 || !p.More {
		t.Fatalf("Read = %d rows, More %v, %v", len(p.Rows), p.More, err)
	}
	if rr.n != 2 {
		t.Errorf("Read took %d batches for 7 rows of 5-row batches, want 2", rr.n)
	}
}

func TestNulls(t *testing.T) {
	mem := checkedMem(t)
	rr := reader(t, idNameSchema, idNameBatch(mem, 0, 3, 1))
	defer rr.Release()
	p, err := Read(rr, 10)
	if err != nil {
		t.Fatal(err)
	}
	if want := [][]bool{{false, false}, {true, false}, {false, false}}; !reflect.DeepEqual(p.Nulls, want) {
		t.Errorf("Nulls = %v, want %v", p.Nulls, want)
	}
	html := p.HTML()
	if !strings.Contains(html, "<tr><td>0</td><td>n0</td></tr><tr><td><i>null</i></td><td>n1</td></tr>") {
		t.Errorf("HTML does not show the NULL as <i>null</i>:\n%s", html)
	}
	text := p.Text()
	want := "id   | name\n" +
		"---- | ----\n" +
		"0    | n0  \n" +
		"null | n1  \n" +
		"2    | n2  \n" +
		"(3 rows)"
	if text != want {
		t.Errorf("Text =\n%s\nwant\n%s", text, want)
	}
}

func TestNullTypeColumn(t *testing.T) {
	mem := checkedMem(t)
	schema := arrow.NewSchema([]arrow.Field{
		{Name: "x", Type: arrow.PrimitiveTypes.Int32},
		{Name: "nothing", Type: arrow.Null, Nullable: true},
	}, nil)
	b := array.NewRecordBuilder(mem, schema)
	b.Field(0).(*array.Int32Builder).AppendValues([]int32{1, 2}, nil)
	b.Field(1).(*array.NullBuilder).AppendNull()
	b.Field(1).(*array.NullBuilder).AppendNull()
	rec := b.NewRecordBatch()
	b.Release()
	p, err := OfRecord(rec, 10)
	rec.Release()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(p.Types, []string{"int32", "null"}) {
		t.Errorf("Types = %v", p.Types)
	}
	for r := range p.Rows {
		if !p.Nulls[r][1] || p.Nulls[r][0] {
			t.Errorf("row %d Nulls = %v, want the null-typed column null", r, p.Nulls[r])
		}
	}
	if got := strings.Count(p.HTML(), "<td><i>null</i></td>"); got != 2 {
		t.Errorf("HTML has %d null cells, want 2:\n%s", got, p.HTML())
	}
	want := "x | nothing\n" +
		"- | -------\n" +
		"1 | null   \n" +
		"2 | null   \n" +
		"(2 rows)"
	if got := p.Text(); got != want {
		t.Errorf("Text =\n%s\nwant\n%s", got, want)
	}
}

func TestHTMLEscapes(t *testing.T) {
	mem := checkedMem(t)
	schema := arrow.NewSchema([]arrow.Field{
		{Name: "<b>col</b>", Type: arrow.BinaryTypes.String},
		{Name: `a"&b`, Type: arrow.PrimitiveTypes.Int64},
	}, nil)
	b := array.NewRecordBuilder(mem, schema)
	b.Field(0).(*array.StringBuilder).AppendValues([]string{"<b>bold</b>", `<script>alert("x")</script>`, "a & b"}, nil)
	b.Field(1).(*array.Int64Builder).AppendValues([]int64{1, 2, 3}, nil)
	rec := b.NewRecordBatch()
	b.Release()
	p, err := OfRecord(rec, 10)
	rec.Release()
	if err != nil {
		t.Fatal(err)
	}
	html := p.HTML()
	for _, want := range []string{
		`<th title="utf8">&lt;b&gt;col&lt;/b&gt;</th>`,
		`<th title="int64">a&#34;&amp;b</th>`,
		`<td>&lt;b&gt;bold&lt;/b&gt;</td>`,
		`<td>&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;</td>`,
		`<td>a &amp; b</td>`,
		`<p><small>3 rows</small></p>`,
	} {
		if !strings.Contains(html, want) {
			t.Errorf("HTML does not contain %s:\n%s", want, html)
		}
	}
	for _, bad := range []string{"<b>", "<script>", `"x"`} {
		if strings.Contains(html, bad) {
			t.Errorf("HTML contains unescaped %s:\n%s", bad, html)
		}
	}
	if !strings.HasPrefix(html, `<table class="dataframe spargo-table" border="1">`) || !strings.Contains(html, "</tbody></table>") {
		t.Errorf("HTML is not a table:\n%s", html)
	}
	// Text is not HTML: values appear as they are.
	if text := p.Text(); !strings.Contains(text, "<b>bold</b>") || !strings.Contains(text, "<b>col</b>") {
		t.Errorf("Text escaped values:\n%s", text)
	}
}

func TestTextAligns(t *testing.T) {
	p := Page{
		Columns: []string{"k", "value", "é"},
		Types:   []string{"utf8", "utf8", "utf8"},
		Rows:    [][]string{{"long key", "v", "ü"}, {"x", "", "ñññ"}},
		Nulls:   [][]bool{{false, false, false}, {false, true, false}},
		More:    true,
	}
	want := "k        | value | é  \n" +
		"-------- | ----- | ---\n" +
		"long key | v     | ü  \n" +
		"x        | null  | ñññ\n" +
		"(showing the first 2 rows; the result has more (truncated))"
	if got := p.Text(); got != want {
		t.Errorf("Text =\n%s\nwant\n%s", got, want)
	}
	// Every table line has the same width in runes.
	lines := strings.Split(p.Text(), "\n")
	for _, l := range lines[:len(lines)-1] {
		if n := len([]rune(l)); n != len([]rune(lines[0])) {
			t.Errorf("line %q is %d runes wide, the header %d", l, n, len([]rune(lines[0])))
		}
	}
	bundle := p.Bundle()
	if bundle["text/plain"] != p.Text() || bundle["text/html"] != p.HTML() {
		t.Errorf("Bundle = %v", bundle)
	}
	if !strings.Contains(p.HTML(), "<p><small>showing the first 2 rows; the result has more (truncated)</small></p>") {
		t.Errorf("HTML note missing:\n%s", p.HTML())
	}
}

func TestValueStrings(t *testing.T) {
	mem := checkedMem(t)
	schema := arrow.NewSchema([]arrow.Field{
		{Name: "f", Type: arrow.PrimitiveTypes.Float64},
		{Name: "b", Type: arrow.FixedWidthTypes.Boolean},
		{Name: "d", Type: arrow.FixedWidthTypes.Date32},
	}, nil)
	b := array.NewRecordBuilder(mem, schema)
	b.Field(0).(*array.Float64Builder).AppendValues([]float64{1.5, -2}, nil)
	b.Field(1).(*array.BooleanBuilder).AppendValues([]bool{true, false}, nil)
	b.Field(2).(*array.Date32Builder).AppendValues([]arrow.Date32{arrow.Date32(0), arrow.Date32(19723)}, nil)
	rec := b.NewRecordBatch()
	b.Release()
	p, err := OfRecord(rec, -1)
	rec.Release()
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{{"1.5", "true", "1970-01-01"}, {"-2", "false", "2024-01-01"}}
	if !reflect.DeepEqual(p.Rows, want) {
		t.Errorf("Rows = %q, want %q", p.Rows, want)
	}
}

func TestOfTable(t *testing.T) {
	mem := checkedMem(t)
	recs := []arrow.RecordBatch{idNameBatch(mem, 0, 3), idNameBatch(mem, 3, 6, 4)}
	tbl := array.NewTableFromRecords(idNameSchema, recs)
	for _, r := range recs {
		r.Release()
	}
	defer tbl.Release()
	p, err := OfTable(tbl, 4)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Rows) != 4 || !p.More {
		t.Errorf("OfTable(4) = %d rows, More %v", len(p.Rows), p.More)
	}
	p, err = OfTable(tbl, -1)
	if err != nil || len(p.Rows) != 6 || p.More || !p.Nulls[4][0] || p.Rows[5][1] != "n5" {
		t.Errorf("OfTable(-1) = %+v, %v", p, err)
	}
}

// errReader yields one batch, then fails.
type errReader struct {
	array.RecordReader
	calls int
}

func (e *errReader) Next() bool {
	e.calls++
	if e.calls > 1 {
		return false
	}
	return e.RecordReader.Next()
}

func (e *errReader) Err() error {
	if e.calls > 1 {
		return errors.New("connection reset")
	}
	return nil
}

func TestReadError(t *testing.T) {
	mem := checkedMem(t)
	rr := &errReader{RecordReader: reader(t, idNameSchema, idNameBatch(mem, 0, 2), idNameBatch(mem, 2, 4))}
	defer rr.Release()
	p, err := Read(rr, 10)
	if err == nil || !strings.Contains(err.Error(), "read result: connection reset") {
		t.Errorf("Read of a failing reader: %v", err)
	}
	if len(p.Rows) != 2 {
		t.Errorf("rows read before the error = %d, want 2", len(p.Rows))
	}
}
