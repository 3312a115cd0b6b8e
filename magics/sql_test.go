package magics

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/memory"

	"github.com/spargo-kernel/spargo/backends/sqlengine"
	"github.com/spargo-kernel/spargo/kernel"
)

// fakeSQLDriverName is the sqlengine driver the %sql tests register.
const fakeSQLDriverName = "fake-test-magics-sql"

// fakeSQL is the state of the fake driver: what the next query returns
// and what the queries were. Tests using it do not run in parallel.
var fakeSQL struct {
	mu      sync.Mutex
	mem     memory.Allocator
	rows    int // rows a query returns, in batches of 10
	queries []sqlengine.Query
	dsns    []string
	param   any  // what q.Params("x") returned
	paramOK bool // q.Params was set
	tables  []string
}

var registerFakeSQL sync.Once

type fakeSQLDriver struct{}

func (fakeSQLDriver) Open(_ context.Context, dsn string) (sqlengine.Engine, error) {
	fakeSQL.mu.Lock()
	fakeSQL.dsns = append(fakeSQL.dsns, dsn)
	fakeSQL.mu.Unlock()
	switch dsn {
	case "fail":
		return nil, errors.New("cannot connect")
	case "catalog":
		return fakeCatalogEngine{}, nil
	}
	return fakeEngine{dsn: dsn}, nil
}

type fakeEngine struct{ dsn string }

var fakeSchema = arrow.NewSchema([]arrow.Field{
	{Name: "n", Type: arrow.PrimitiveTypes.Int64, Nullable: true},
	{Name: "<label>", Type: arrow.BinaryTypes.String, Nullable: true},
}, nil)

// fakeRows returns a reader of n rows: n = 0..n-1 (NULL every 7th row,
// from row 6), label "<b>row N</b>".
func fakeRows(mem memory.Allocator, n int) array.RecordReader {
	var recs []arrow.RecordBatch
	for start := 0; start < n; start += 10 {
		b := array.NewRecordBuilder(mem, fakeSchema)
		for i := start; i < min(start+10, n); i++ {
			if i%7 == 6 {
				b.Field(0).(*array.Int64Builder).AppendNull()
			} else {
				b.Field(0).(*array.Int64Builder).Append(int64(i))
			}
			b.Field(1).(*array.StringBuilder).Append(fmt.Sprintf("<b>row %d</b>", i))
		}
		recs = append(recs, b.NewRecordBatch())
		b.Release()
	}
	rr, err := array.NewRecordReader(fakeSchema, recs)
	if err != nil {
		panic(err)
	}
	for _, r := range recs {
		r.Release()
	}
	return rr
}

// failingReader returns its first batch, then an error.
type failingReader struct {
	array.RecordReader
	calls int
}

func (f *failingReader) Next() bool {
	f.calls++
	return f.calls == 1 && f.RecordReader.Next()
}

func (f *failingReader) Err() error {
	if f.calls > 1 {
		return errors.New("stream broke")
	}
	return nil
}

func (e fakeEngine) Query(_ context.Context, q sqlengine.Query) (array.RecordReader, error) {
	fakeSQL.mu.Lock()
	defer fakeSQL.mu.Unlock()
	fakeSQL.queries = append(fakeSQL.queries, q)
	if q.Params != nil {
		fakeSQL.paramOK = true
		fakeSQL.param, _ = q.Params("x")
	}
	if strings.Contains(q.SQL, "FAIL") {
		return nil, errors.New("syntax error at FAIL")
	}
	rr := fakeRows(fakeSQL.mem, fakeSQL.rows)
	if e.dsn == "midfail" {
		return &failingReader{RecordReader: rr}, nil
	}
	return rr, nil
}

type fakeCatalogEngine struct{ fakeEngine }

func (fakeCatalogEngine) Tables(context.Context) (array.RecordReader, error) {
	fakeSQL.mu.Lock()
	defer fakeSQL.mu.Unlock()
	fakeSQL.tables = append(fakeSQL.tables, "*")
	return fakeRows(fakeSQL.mem, 3), nil
}

func (fakeCatalogEngine) Columns(_ context.Context, table string) (array.RecordReader, error) {
	fakeSQL.mu.Lock()
	defer fakeSQL.mu.Unlock()
	fakeSQL.tables = append(fakeSQL.tables, table)
	return fakeRows(fakeSQL.mem, 2), nil
}

// setupFakeSQL registers the fake driver (once), makes queries return
// rows rows from a checked allocator (which must be empty when the test
// ends), and returns connections: fake (the default), cat (a catalog),
// broken (cannot open) and midfail (fails while reading).
func setupFakeSQL(t *testing.T, rows int) *sqlengine.Connections {
	t.Helper()
	registerFakeSQL.Do(func() { sqlengine.Register(fakeSQLDriverName, fakeSQLDriver{}) })
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	fakeSQL.mu.Lock()
	fakeSQL.mem, fakeSQL.rows = mem, rows
	fakeSQL.queries, fakeSQL.dsns, fakeSQL.tables = nil, nil, nil
	fakeSQL.param, fakeSQL.paramOK = nil, false
	fakeSQL.mu.Unlock()
	t.Cleanup(func() { mem.AssertSize(t, 0) })
	conns := &sqlengine.Connections{Default: func() (string, error) { return "fake", nil }}
	conns.Add(sqlengine.Conn{Name: "fake", Driver: fakeSQLDriverName, DSN: "plain", Display: "fake test engine"})
	conns.Add(sqlengine.Conn{Name: "cat", Driver: fakeSQLDriverName, DSN: "catalog", Display: "catalog engine"})
	conns.Add(sqlengine.Conn{Name: "broken", Driver: fakeSQLDriverName, DSN: "fail", Display: "broken"})
	conns.Add(sqlengine.Conn{Name: "midfail", Driver: fakeSQLDriverName, DSN: "midfail", Display: "midfail"})
	return conns
}

func lastQuery(t *testing.T) sqlengine.Query {
	t.Helper()
	fakeSQL.mu.Lock()
	defer fakeSQL.mu.Unlock()
	if len(fakeSQL.queries) == 0 {
		t.Fatal("no query reached the engine")
	}
	return fakeSQL.queries[len(fakeSQL.queries)-1]
}

func bundleText(t *testing.T, b kernel.MIMEBundle) (html, text string) {
	t.Helper()
	html, ok1 := b["text/html"].(string)
	text, ok2 := b["text/plain"].(string)
	if !ok1 || !ok2 {
		t.Fatalf("bundle lacks text/html or text/plain: %v", b)
	}
	return html, text
}

func TestParseSQL(t *testing.T) {
	conns := &sqlengine.Connections{}
	conns.Add(sqlengine.Conn{Name: "db"})
	conns.Add(sqlengine.Conn{Name: "pg"})
	cases := []struct {
		name string
		call Call
		want sqlArgs
	}{
		{"line query", Call{Args: "SELECT 1"}, sqlArgs{query: "SELECT 1", limit: 20}},
		{"line with conn and options", Call{Args: `db -o df --limit 5 SELECT * FROM t WHERE a = 'x  y'`},
			sqlArgs{conn: "db", out: "df", limit: 5, query: `SELECT * FROM t WHERE a = 'x  y'`}},
		{"options before conn", Call{Args: "--limit 0 pg SELECT 2"}, sqlArgs{conn: "pg", limit: 0, query: "SELECT 2"}},
		{"--out", Call{Args: "--out res SELECT 3"}, sqlArgs{out: "res", limit: 20, query: "SELECT 3"}},
		{"second conn name is query", Call{Args: "db pg"}, sqlArgs{conn: "db", limit: 20, query: "pg"}},
		{"raw quotes kept", Call{Args: `SELECT "Col A", 'it''s'  FROM x`}, sqlArgs{limit: 20, query: `SELECT "Col A", 'it''s'  FROM x`}},
		{"options after the query belong to it", Call{Args: "SELECT -1 --limit 3"}, sqlArgs{limit: 20, query: "SELECT -1 --limit 3"}},
		{"cell", Call{Args: "", Body: "SELECT 1\nFROM t\n", IsCell: true}, sqlArgs{limit: 20, query: "SELECT 1\nFROM t\n"}},
		{"cell with conn and options", Call{Args: "pg -o out --limit 7", Body: "SELECT 2", IsCell: true},
			sqlArgs{conn: "pg", out: "out", limit: 7, query: "SELECT 2"}},
	}
	for _, c := range cases {
		got, err := parseSQL(c.call, conns)
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if got != c.want {
			t.Errorf("%s: parseSQL = %+v, want %+v", c.name, got, c.want)
		}
	}
}

func TestParseSQLErrors(t *testing.T) {
	conns := &sqlengine.Connections{}
	conns.Add(sqlengine.Conn{Name: "db"})
	conns.Add(sqlengine.Conn{Name: "pg"})
	cases := []struct {
		name string
		call Call
		want string
	}{
		{"no query", Call{Args: ""}, "no query"},
		{"only options", Call{Args: "db --limit 5"}, "no query"},
		{"bad limit", Call{Args: "--limit x SELECT 1"}, `--limit "x": want a number of rows`},
		{"negative limit", Call{Args: "--limit -2 SELECT 1"}, `--limit "-2": want a number of rows`},
		{"unknown option", Call{Args: "--bogus SELECT 1"}, "unknown option --bogus"},
		{"-o without value", Call{Args: "-o"}, "-o"},
		{"bad variable name", Call{Args: `-o "df SELECT 1`}, `"\"df" is not a Go variable name`},
		{"cell: empty body", Call{Args: "db", Body: "  \n", IsCell: true}, "no query"},
		{"cell: unknown word", Call{Args: "nosuch", Body: "SELECT 1", IsCell: true},
			`unexpected "nosuch" on the %%sql line (a connection name? known: db, pg)`},
		{"cell: words after conn", Call{Args: "db SELECT 1", Body: "SELECT 1", IsCell: true}, `unexpected "SELECT 1"`},
	}
	for _, c := range cases {
		_, err := parseSQL(c.call, conns)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want %q", c.name, err, c.want)
		}
	}
}

func TestParseSQLCatalog(t *testing.T) {
	conns := &sqlengine.Connections{}
	conns.Add(sqlengine.Conn{Name: "db"})
	cases := []struct {
		args string
		want sqlArgs
	}{
		{"--connections", sqlArgs{list: "connections", limit: -1}},
		{"--tables", sqlArgs{list: "tables", limit: -1}},
		{"--tables db", sqlArgs{list: "tables", conn: "db", limit: -1}},
		{"--columns events", sqlArgs{list: "columns", table: "events", limit: -1}},
		{"--columns db events", sqlArgs{list: "columns", conn: "db", table: "events", limit: -1}},
		{`--columns db "my table"`, sqlArgs{list: "columns", conn: "db", table: "my table", limit: -1}},
	}
	for _, c := range cases {
		got, err := parseSQL(Call{Args: c.args}, conns)
		if err != nil {
			t.Errorf("%s: %v", c.args, err)
			continue
		}
		if got != c.want {
			t.Errorf("%s: parseSQL = %+v, want %+v", c.args, got, c.want)
		}
	}
	for _, bad := range []string{"--connections db", "--tables nosuch", "--tables db x", "--columns", "--columns db", "--columns a b c"} {
		if got, err := parseSQL(Call{Args: bad}, conns); err == nil || !strings.Contains(err.Error(), "usage: %sql --connections") {
			t.Errorf("%s: %+v, %v; want a usage error", bad, got, err)
		}
	}
}

func TestRestAfterWords(t *testing.T) {
	cases := []struct {
		s    string
		n    int
		want string
	}{
		{"a b c", 0, "a b c"},
		{"  a b c  ", 0, "a b c"},
		{"a b c", 1, "b c"},
		{"a   b  c", 1, "b  c"},
		{"a b c", 2, "c"},
		{"a b c", 3, ""},
		{"a b c", 5, ""},
		{"db -o x SELECT 'a  b'", 3, "SELECT 'a  b'"},
		{"", 2, ""},
	}
	for _, c := range cases {
		if got := restAfterWords(c.s, c.n); got != c.want {
			t.Errorf("restAfterWords(%q, %d) = %q, want %q", c.s, c.n, got, c.want)
		}
	}
}

func TestRestAfterWordsTabs(t *testing.T) {
	if got := restAfterWords("a\tb c", 1); got != "b c" {
		t.Errorf("restAfterWords(\"a\\tb c\", 1) = %q, want \"b c\"", got)
	}
	conns := &sqlengine.Connections{}
	conns.Add(sqlengine.Conn{Name: "db"})
	a, err := parseSQL(Call{Args: "db\tSELECT 1"}, conns)
	if err != nil || a.conn != "db" || a.query != "SELECT 1" {
		t.Errorf("parseSQL(db<TAB>SELECT 1) = %+v, %v; want conn db, query SELECT 1", a, err)
	}
}

func TestParseSQLLineQueryWithOddQuotes(t *testing.T) {
	conns := &sqlengine.Connections{}
	for _, q := range []string{`SELECT E'it\'s'`, `SELECT 1 -- don't`} {
		a, err := parseSQL(Call{Args: q}, conns)
		if err != nil || a.query != q {
			t.Errorf("parseSQL(%q) = %+v, %v; want the query unchanged", q, a, err)
		}
	}
}

func TestSQLMagicTruncated(t *testing.T) {
	conns := setupFakeSQL(t, 25)
	lookup := func(name string) (any, error) { return 42, nil }
	io := &streamIO{}
	b, err := sqlMagic(context.Background(), conns, Call{Args: "--limit 5 SELECT n FROM t", IO: io, Lookup: lookup})
	if err != nil {
		t.Fatal(err)
	}
	q := lastQuery(t)
	if q.SQL != "SELECT n FROM t" || q.MaxRows != 5 {
		t.Errorf("engine got %q with MaxRows %d, want SELECT n FROM t, 5", q.SQL, q.MaxRows)
	}
	fakeSQL.mu.Lock()
	if !fakeSQL.paramOK || fakeSQL.param != 42 {
		t.Errorf("Params not wired to Call.Lookup: set %v, x = %v", fakeSQL.paramOK, fakeSQL.param)
	}
	if len(fakeSQL.dsns) != 1 || fakeSQL.dsns[0] != "plain" {
		t.Errorf("opened DSNs %q, want the default connection's", fakeSQL.dsns)
	}
	fakeSQL.mu.Unlock()
	html, text := bundleText(t, b)
	if got := strings.Count(html, "<tr><td>"); got != 5 {
		t.Errorf("HTML has %d rows, want 5:\n%s", got, html)
	}
	for _, want := range []string{
		`<th title="int64">n</th>`,
		`<th title="utf8">&lt;label&gt;</th>`,
		"<td>&lt;b&gt;row 4&lt;/b&gt;</td>",
		"<p><small>showing the first 5 rows; the result has more (truncated)</small></p>",
	} {
		if !strings.Contains(html, want) {
			t.Errorf("HTML lacks %q:\n%s", want, html)
		}
	}
	if strings.Contains(html, "row 5") || strings.Contains(html, "<b>") {
		t.Errorf("HTML shows row 5 or unescaped markup:\n%s", html)
	}
	lines := strings.Split(text, "\n")
	if len(lines) != 8 || lines[len(lines)-1] != "(showing the first 5 rows; the result has more (truncated))" {
		t.Errorf("text =\n%s", text)
	}
	if !strings.HasPrefix(lines[2], "0 ") || !strings.Contains(lines[2], "<b>row 0</b>") {
		t.Errorf("first text row = %q", lines[2])
	}
	if io.get("stderr") != "" {
		t.Errorf("stderr = %q", io.get("stderr"))
	}
}

func TestSQLMagicDefaultLimitAndNulls(t *testing.T) {
	conns := setupFakeSQL(t, 25)
	b, err := sqlMagic(context.Background(), conns, Call{Args: "SELECT *", IO: &streamIO{}})
	if err != nil {
		t.Fatal(err)
	}
	if q := lastQuery(t); q.MaxRows != 20 || q.Params != nil {
		t.Errorf("MaxRows %d (want 20), Params set %v (want unset without Lookup)", q.MaxRows, q.Params != nil)
	}
	html, text := bundleText(t, b)
	if got := strings.Count(html, "<tr><td>"); got != 20 {
		t.Errorf("HTML has %d rows, want the default 20", got)
	}
	if !strings.Contains(text, "(showing the first 20 rows; the result has more (truncated))") {
		t.Errorf("text note:\n%s", text)
	}
	// Rows 6 and 13 have a NULL n.
	if got := strings.Count(html, "<td><i>null</i></td>"); got != 2 {
		t.Errorf("HTML has %d null cells, want 2", got)
	}
	if !strings.Contains(text, "\nnull | <b>row 6</b>") {
		t.Errorf("text does not show the NULL as null:\n%s", text)
	}
}

func TestSQLMagicNotTruncated(t *testing.T) {
	for _, c := range []struct {
		rows, limit int
		note        string
	}{
		{25, 25, "25 rows"},
		{25, 100, "25 rows"},
		{1, 20, "1 row"},
		{0, 20, "0 rows"},
	} {
		t.Run(fmt.Sprintf("%d rows limit %d", c.rows, c.limit), func(t *testing.T) {
			conns := setupFakeSQL(t, c.rows)
			b, err := sqlMagic(context.Background(), conns, Call{Args: fmt.Sprintf("fake --limit %d SELECT 1", c.limit), IO: &streamIO{}})
			if err != nil {
				t.Fatal(err)
			}
			html, text := bundleText(t, b)
			if strings.Contains(html, "truncated") || strings.Contains(text, "truncated") {
				t.Errorf("says truncated:\n%s", text)
			}
			if got := strings.Count(html, "<tr><td>"); got != c.rows {
				t.Errorf("HTML has %d rows, want %d", got, c.rows)
			}
			if !strings.HasSuffix(text, "("+c.note+")") || !strings.Contains(html, "<small>"+c.note+"</small>") {
				t.Errorf("note is not %q:\n%s", c.note, text)
			}
		})
	}
}

func TestSQLCellMagic(t *testing.T) {
	conns := setupFakeSQL(t, 3)
	r := NewRegistry()
	RegisterSQL(r, conns)
	m, ok := r.Lookup("sql")
	if !ok || !m.Line || !m.Cell {
		t.Fatalf("sql magic = %+v, %v; want line and cell", m, ok)
	}
	body := "SELECT n\nFROM t\nWHERE label = 'a  b'\n"
	b, err := m.Run(context.Background(), Call{Args: "cat --limit 2", Body: body, IsCell: true, IO: &streamIO{}})
	if err != nil {
		t.Fatal(err)
	}
	if q := lastQuery(t); q.SQL != body || q.MaxRows != 2 {
		t.Errorf("engine got %q, MaxRows %d", q.SQL, q.MaxRows)
	}
	fakeSQL.mu.Lock()
	if len(fakeSQL.dsns) != 1 || fakeSQL.dsns[0] != "catalog" {
		t.Errorf("opened DSNs %q, want the named connection's", fakeSQL.dsns)
	}
	fakeSQL.mu.Unlock()
	if _, text := bundleText(t, b); !strings.HasSuffix(text, "(showing the first 2 rows; the result has more (truncated))") {
		t.Errorf("text:\n%s", text)
	}
}

// bindRecorder is a fake Call.Bind: it records what it was given and
// keeps the table, which the test releases.
type bindRecorder struct {
	name, typ, importPath string
	rows                  int64
	cols                  int64
	table                 arrow.Table
	calls                 int
	err                   error
}

func (br *bindRecorder) bind(_ context.Context, name string, v any, typ, importPath string) error {
	br.calls++
	br.name, br.typ, br.importPath = name, typ, importPath
	if t, ok := v.(arrow.Table); ok {
		br.table, br.rows, br.cols = t, t.NumRows(), t.NumCols()
	}
	return br.err
}

func (br *bindRecorder) release() {
	if br.table != nil {
		br.table.Release()
	}
}

func TestSQLMagicBind(t *testing.T) {
	conns := setupFakeSQL(t, 25)
	br := &bindRecorder{}
	b, err := sqlMagic(context.Background(), conns, Call{Args: "-o df --limit 5 SELECT * FROM t", IO: &streamIO{}, Bind: br.bind})
	defer br.release()
	if err != nil {
		t.Fatal(err)
	}
	if q := lastQuery(t); q.MaxRows != -1 {
		t.Errorf("MaxRows %d with -o, want -1 (the whole result)", q.MaxRows)
	}
	if br.calls != 1 || br.name != "df" || br.typ != "arrow.Table" || br.importPath != "github.com/apache/arrow-go/v18/arrow" {
		t.Errorf("Bind got name %q type %q import %q (%d calls)", br.name, br.typ, br.importPath, br.calls)
	}
	if br.table == nil || br.rows != 25 || br.cols != 2 {
		t.Fatalf("bound value: table %v, %d rows, %d cols; want an arrow.Table of 25 rows, 2 cols", br.table != nil, br.rows, br.cols)
	}
	if !br.table.Schema().Equal(fakeSchema) {
		t.Errorf("bound schema = %s", br.table.Schema())
	}
	html, text := bundleText(t, b)
	if got := strings.Count(html, "<tr><td>"); got != 5 {
		t.Errorf("HTML has %d rows, want 5 (--limit)", got)
	}
	if !strings.Contains(html, "showing the first 5 rows; the result has more (truncated)") {
		t.Errorf("HTML note:\n%s", html)
	}
	if !strings.HasSuffix(text, "(showing the first 5 rows; the result has more (truncated)) (bound to df: arrow.Table, 25 rows)") {
		t.Errorf("text:\n%s", text)
	}
}

func TestSQLMagicBindCellAllRows(t *testing.T) {
	conns := setupFakeSQL(t, 12)
	br := &bindRecorder{}
	b, err := sqlMagic(context.Background(), conns, Call{Args: "fake --out result", Body: "SELECT 1", IsCell: true, IO: &streamIO{}, Bind: br.bind})
	defer br.release()
	if err != nil {
		t.Fatal(err)
	}
	if br.name != "result" || br.rows != 12 {
		t.Errorf("bound %q with %d rows", br.name, br.rows)
	}
	_, text := bundleText(t, b)
	if strings.Contains(text, "truncated") || !strings.HasSuffix(text, "(12 rows) (bound to result: arrow.Table, 12 rows)") {
		t.Errorf("text:\n%s", text)
	}
}

func TestSQLMagicBindErrors(t *testing.T) {
	conns := setupFakeSQL(t, 3)
	_, err := sqlMagic(context.Background(), conns, Call{Args: "-o df SELECT 1", IO: &streamIO{}})
	if ee := asExecError(t, err, "UsageError"); !strings.Contains(ee.Value, "-o: this kernel's interpreter cannot receive variables") {
		t.Errorf("-o without Bind: %q", ee.Value)
	}
	bindErr := errors.New("df is a constant")
	br := &bindRecorder{err: bindErr}
	_, err = sqlMagic(context.Background(), conns, Call{Args: "-o df SELECT 1", IO: &streamIO{}, Bind: br.bind})
	br.release()
	if !errors.Is(err, bindErr) {
		t.Errorf("Bind's error not returned: %v", err)
	}
}

// TestSQLMagicBindStreamError checks that a stream error while reading
// the whole result for -o is reported, binds nothing and leaks nothing
// (setupFakeSQL's allocator must be empty at the end).
func TestSQLMagicBindStreamError(t *testing.T) {
	conns := setupFakeSQL(t, 25)
	br := &bindRecorder{}
	_, err := sqlMagic(context.Background(), conns, Call{Args: "midfail -o df SELECT 1", IO: &streamIO{}, Bind: br.bind})
	br.release()
	if ee := asExecError(t, err, "SQLError"); !strings.Contains(ee.Value, "stream broke") {
		t.Errorf("stream error with -o: %q", ee.Value)
	}
	if br.calls != 0 {
		t.Error("Bind called for a failed result")
	}
}

func TestSQLMagicErrors(t *testing.T) {
	conns := setupFakeSQL(t, 15)
	cases := []struct {
		args, name, want string
	}{
		{"broken SELECT 1", "SQLError", "open " + fakeSQLDriverName + " connection: cannot connect"},
		{"SELECT FAIL", "SQLError", "syntax error at FAIL"},
		{"midfail SELECT 1", "SQLError", "read result: stream broke"},
		{"--limit x SELECT 1", "UsageError", "usage:"},
		{"--tables", "SQLError", "connection fake cannot list tables"},
	}
	for _, c := range cases {
		_, err := sqlMagic(context.Background(), conns, Call{Args: c.args, IO: &streamIO{}})
		if err == nil {
			t.Errorf("%s: no error", c.args)
			continue
		}
		if ee := asExecError(t, err, c.name); !strings.Contains(ee.Value, c.want) || ee.Traceback[0] != c.name+": "+ee.Value {
			t.Errorf("%s: %+v, want %q", c.args, ee, c.want)
		}
	}

	// The default connection fails or names an unknown connection.
	conns.Default = func() (string, error) { return "", errors.New("no default connection") }
	_, err := sqlMagic(context.Background(), conns, Call{Args: "SELECT 1", IO: &streamIO{}})
	if ee := asExecError(t, err, "SQLError"); ee.Value != "no default connection" {
		t.Errorf("default error: %q", ee.Value)
	}
	conns.Default = func() (string, error) { return "gone", nil }
	_, err = sqlMagic(context.Background(), conns, Call{Args: "SELECT 1", IO: &streamIO{}})
	if ee := asExecError(t, err, "UsageError"); !strings.Contains(ee.Value, `no SQL connection "gone" (known: broken, cat, fake, midfail)`) {
		t.Errorf("unknown default: %q", ee.Value)
	}
}

func TestSQLMagicCatalog(t *testing.T) {
	conns := setupFakeSQL(t, 0)
	b, err := sqlMagic(context.Background(), conns, Call{Args: "--tables cat", IO: &streamIO{}})
	if err != nil {
		t.Fatal(err)
	}
	if _, text := bundleText(t, b); !strings.HasSuffix(text, "(3 rows)") {
		t.Errorf("--tables text:\n%s", text)
	}
	b, err = sqlMagic(context.Background(), conns, Call{Args: "--columns cat events", IO: &streamIO{}})
	if err != nil {
		t.Fatal(err)
	}
	if _, text := bundleText(t, b); !strings.HasSuffix(text, "(2 rows)") {
		t.Errorf("--columns text:\n%s", text)
	}
	fakeSQL.mu.Lock()
	if got := strings.Join(fakeSQL.tables, ","); got != "*,events" {
		t.Errorf("catalog calls %q, want Tables then Columns(events)", got)
	}
	if len(fakeSQL.queries) != 0 {
		t.Errorf("catalog listing ran queries: %v", fakeSQL.queries)
	}
	fakeSQL.mu.Unlock()
}

func TestSQLMagicConnectionsAndWarning(t *testing.T) {
	conns := setupFakeSQL(t, 0)
	conns.Warn("config: connection x has no driver")
	io := &streamIO{}
	b, err := sqlMagic(context.Background(), conns, Call{Args: "--connections", IO: io})
	if err != nil {
		t.Fatal(err)
	}
	want := "broken       broken\n" +
		"cat          catalog engine\n" +
		"fake         fake test engine\n" +
		"midfail      midfail\n" +
		"(default: fake)"
	if got := b["text/plain"]; got != want {
		t.Errorf("--connections =\n%s\nwant\n%s", got, want)
	}
	if got := io.get("stderr"); got != "config: connection x has no driver\n" {
		t.Errorf("stderr = %q, want the warning", got)
	}
	fakeSQL.mu.Lock()
	if len(fakeSQL.dsns) != 0 {
		t.Errorf("--connections opened %q", fakeSQL.dsns)
	}
	fakeSQL.mu.Unlock()
	// The warning is shown once.
	io = &streamIO{}
	if _, err := sqlMagic(context.Background(), conns, Call{Args: "--connections", IO: io}); err != nil {
		t.Fatal(err)
	}
	if got := io.get("stderr"); got != "" {
		t.Errorf("warning shown twice: %q", got)
	}
}
