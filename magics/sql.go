package magics

import (
	"context"
	"fmt"
	"go/token"
	"strconv"
	"strings"
	"unicode"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"

	"github.com/spargo-kernel/spargo/backends/sqlengine"
	"github.com/spargo-kernel/spargo/backends/table"
	"github.com/spargo-kernel/spargo/kernel"
)

const sqlUsage = `%%sql [CONN] [-o NAME] [--limit N] [--dry-run]
QUERY
%sql [CONN] [-o NAME] [--limit N] [--dry-run] QUERY
%sql --connections | --tables [CONN] | --columns [CONN] TABLE
%sql [CONN] --persist GOVAR [--as TABLE]`

const sqlHelp = `Runs SQL on a named connection (spark: the session's Spark) and shows the
first N rows (default 20) as a table that says when it is truncated; only
those rows are read. With no CONN, Spark is used while a Spark session is
active, else the embedded DuckDB (which reads CSV, Parquet and JSON files:
SELECT * FROM 'events.parquet'). -o NAME binds the whole result to the Go
variable NAME as an arrow.Table. :name in the query is the Go variable name,
passed through the driver's parameter binding (never pasted into the SQL).
--persist stores a Go slice of structs or arrow.Table as a DuckDB table.
Connections: "connections" in the config file ($SPARGO_CONFIG), $DATABASE_URL.`

// defaultShowRows is how many rows a result shows without --limit.
const defaultShowRows = 20

// Binder is implemented by interpreters that can receive values from
// magics as session variables.
type Binder interface {
	Bind(ctx context.Context, name string, v any, typ, importPath string, io kernel.IO) error
}

// Looker is implemented by interpreters whose variables magics can read.
type Looker interface {
	Lookup(name string) (any, error)
}

// RegisterSQL adds %sql and %%sql over conns.
func RegisterSQL(r *Registry, conns *sqlengine.Connections) {
	r.Register(Magic{Name: "sql", Usage: sqlUsage, Help: sqlHelp, Line: true, Cell: true,
		Run: func(ctx context.Context, c Call) (kernel.MIMEBundle, error) { return sqlMagic(ctx, conns, c) }})
}

type sqlArgs struct {
	conn, out, query string
	limit            int
	list             string // "connections", "tables" or "columns"
	dryRun           bool
	table            string // for --columns
}

// parseSQL parses the magic line; for %sql the query follows the options.
func parseSQL(c Call, conns *sqlengine.Connections) (sqlArgs, error) {
	// Plain fields, no quote handling: on a %sql line the query follows
	// the options, and its quotes are SQL's, not the magic's.
	words := strings.Fields(c.Args)
	a := sqlArgs{limit: defaultShowRows}
	if len(words) > 0 && (words[0] == "--connections" || words[0] == "--tables" || words[0] == "--columns") {
		quoted, err := splitArgs(c.Args) // table names may be quoted
		if err != nil {
			return a, err
		}
		return parseCatalog(quoted, conns)
	}
	if p := indexOf(words, "--persist"); p >= 0 {
		return parsePersist(words, p, conns)
	}
	i := 0
	for ; i < len(words); i++ {
		w := words[i]
		switch {
		case (w == "-o" || w == "--out" || w == "--limit") && i+1 < len(words):
			if w == "--limit" {
				n, err := strconv.Atoi(words[i+1])
				if err != nil || n < 0 {
					return a, fmt.Errorf("--limit %q: want a number of rows", words[i+1])
				}
				a.limit = n
			} else {
				a.out = words[i+1]
				if !token.IsIdentifier(a.out) {
					return a, fmt.Errorf("-o %q is not a Go variable name", a.out)
				}
			}
			i++
			continue
		case w == "--dry-run":
			a.dryRun = true
			continue
		case strings.HasPrefix(w, "-"):
			return a, fmt.Errorf("unknown option %s", w)
		}
		if _, ok := conns.Lookup(w); ok && a.conn == "" {
			a.conn = w
			continue
		}
		break
	}
	if c.IsCell {
		if i < len(words) {
			return a, fmt.Errorf("unexpected %q on the %%%%sql line (a connection name? known: %s)", strings.Join(words[i:], " "), strings.Join(conns.Names(), ", "))
		}
		a.query = c.Body
	} else {
		// The query is the rest of the raw line, quotes untouched.
		a.query = restAfterWords(c.Args, i)
	}
	if strings.TrimSpace(a.query) == "" {
		return a, fmt.Errorf("no query")
	}
	return a, nil
}

// parseCatalog parses --connections, --tables [CONN], --columns [CONN] TABLE.
func parseCatalog(words []string, conns *sqlengine.Connections) (sqlArgs, error) {
	a := sqlArgs{list: strings.TrimPrefix(words[0], "--"), limit: -1}
	rest := words[1:]
	if len(rest) > 0 {
		if _, ok := conns.Lookup(rest[0]); ok {
			a.conn, rest = rest[0], rest[1:]
		}
	}
	switch {
	case a.list == "connections" && len(words) == 1:
	case a.list == "tables" && len(rest) == 0:
	case a.list == "columns" && len(rest) == 1:
		a.table = rest[0]
	default:
		return a, fmt.Errorf("usage: %%sql --connections | --tables [CONN] | --columns [CONN] TABLE")
	}
	return a, nil
}

// parsePersist parses [CONN] --persist GOVAR [--as TABLE].
func parsePersist(words []string, p int, conns *sqlengine.Connections) (sqlArgs, error) {
	a := sqlArgs{list: "persist", conn: "duckdb"}
	usage := fmt.Errorf("usage: %%sql [CONN] --persist GOVAR [--as TABLE]")
	if p == 1 {
		if _, ok := conns.Lookup(words[0]); !ok {
			return a, usage
		}
		a.conn = words[0]
	} else if p != 0 {
		return a, usage
	}
	rest := words[p+1:]
	switch {
	case len(rest) == 1:
		a.out, a.table = rest[0], rest[0]
	case len(rest) == 3 && rest[1] == "--as":
		a.out, a.table = rest[0], rest[2]
	default:
		return a, usage
	}
	return a, nil
}

func indexOf(words []string, w string) int {
	for i, x := range words {
		if x == w {
			return i
		}
	}
	return -1
}

// persist stores the Go variable a.out as the table a.table.
func persist(ctx context.Context, eng sqlengine.Engine, c Call, a sqlArgs) (kernel.MIMEBundle, error) {
	p, ok := eng.(interface {
		Persist(ctx context.Context, name string, v any) (int, error)
	})
	if !ok {
		return nil, sqlError(fmt.Errorf("connection %s cannot store Go data (use a DuckDB connection)", a.conn))
	}
	if c.Lookup == nil {
		return nil, UsageError("--persist: this kernel's interpreter cannot share variables")
	}
	v, err := c.Lookup(a.out)
	if err != nil {
		return nil, sqlError(err)
	}
	n, err := p.Persist(ctx, a.table, v)
	if err != nil {
		return nil, sqlError(err)
	}
	return text(fmt.Sprintf("stored %s (%d rows) as table %s in %s", a.out, n, a.table, a.conn)), nil
}

// restAfterWords returns s after its first n whitespace-separated words.
func restAfterWords(s string, n int) string {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	for ; n > 0; n-- {
		end := strings.IndexFunc(s, unicode.IsSpace)
		if end < 0 {
			return ""
		}
		s = strings.TrimLeftFunc(s[end:], unicode.IsSpace)
	}
	return strings.TrimRightFunc(s, unicode.IsSpace)
}

func sqlMagic(ctx context.Context, conns *sqlengine.Connections, c Call) (kernel.MIMEBundle, error) {
	if w := conns.TakeWarning(); w != "" {
		c.IO.Stream("stderr", w+"\n")
	}
	a, err := parseSQL(c, conns)
	if err != nil {
		return nil, UsageError("%%sql: %v\nusage:\n%s", err, sqlUsage)
	}
	if a.list == "connections" {
		return text(listConnections(conns)), nil
	}
	if a.conn == "" {
		if a.conn, err = conns.Default(); err != nil {
			return nil, sqlError(err)
		}
	}
	conn, ok := conns.Lookup(a.conn)
	if !ok {
		return nil, UsageError("no SQL connection %q (known: %s)", a.conn, strings.Join(conns.Names(), ", "))
	}
	eng, err := sqlengine.Open(ctx, conn.Driver, conn.DSN)
	if err != nil {
		return nil, sqlError(err)
	}
	max := a.limit
	if a.out != "" && a.list == "" {
		max = -1 // bind the whole result
	}
	if a.list == "persist" {
		return persist(ctx, eng, c, a)
	}
	if a.dryRun {
		dr, ok := eng.(interface {
			DryRun(ctx context.Context, q sqlengine.Query) (string, error)
		})
		if !ok {
			return nil, sqlError(fmt.Errorf("connection %s has no dry run (BigQuery has)", a.conn))
		}
		msg, err := dr.DryRun(ctx, sqlengine.Query{SQL: a.query, Params: c.Lookup})
		if err != nil {
			return nil, sqlError(err)
		}
		return text(msg), nil
	}
	var rr array.RecordReader
	if a.list != "" {
		rr, err = catalog(ctx, eng, a)
	} else {
		rr, err = eng.Query(ctx, sqlengine.Query{SQL: a.query, MaxRows: max, Params: c.Lookup})
	}
	if err != nil {
		return nil, sqlError(err)
	}
	defer rr.Release()
	if a.out == "" {
		page, err := table.Read(rr, a.limit)
		if err != nil {
			return nil, sqlError(err)
		}
		return page.Bundle(), nil
	}
	return bindResult(ctx, c, rr, a)
}

func catalog(ctx context.Context, eng sqlengine.Engine, a sqlArgs) (array.RecordReader, error) {
	cat, ok := eng.(sqlengine.Catalog)
	if !ok {
		return nil, fmt.Errorf("connection %s cannot list tables", a.conn)
	}
	if a.list == "tables" {
		return cat.Tables(ctx)
	}
	return cat.Columns(ctx, a.table)
}

// listConnections shows the named connections, without secrets.
func listConnections(conns *sqlengine.Connections) string {
	var b strings.Builder
	for _, n := range conns.Names() {
		c, _ := conns.Lookup(n)
		fmt.Fprintf(&b, "%-12s %s\n", n, c.Display)
	}
	if d, err := conns.Default(); err == nil {
		fmt.Fprintf(&b, "(default: %s)", d)
	}
	return strings.TrimRight(b.String(), "\n")
}

// bindResult reads the whole result into an Arrow table, binds it to the
// Go variable a.out and shows its first rows.
func bindResult(ctx context.Context, c Call, rr array.RecordReader, a sqlArgs) (kernel.MIMEBundle, error) {
	if c.Bind == nil {
		return nil, UsageError("-o: this kernel's interpreter cannot receive variables")
	}
	var recs []arrow.RecordBatch
	for rr.Next() {
		rec := rr.RecordBatch()
		rec.Retain()
		recs = append(recs, rec)
	}
	if err := rr.Err(); err != nil {
		for _, r := range recs {
			r.Release()
		}
		return nil, sqlError(err)
	}
	t := array.NewTableFromRecords(rr.Schema(), recs)
	for _, r := range recs {
		r.Release()
	}
	if err := c.Bind(ctx, a.out, t, "arrow.Table", "github.com/apache/arrow-go/v18/arrow"); err != nil {
		return nil, err
	}
	page, err := table.OfTable(t, a.limit)
	if err != nil {
		return nil, sqlError(err)
	}
	b := page.Bundle()
	b["text/plain"] = fmt.Sprintf("%s (bound to %s: arrow.Table, %d rows)", b["text/plain"], a.out, t.NumRows())
	return b, nil
}

func sqlError(err error) error {
	msg := err.Error()
	return &kernel.ExecError{Name: "SQLError", Value: msg, Traceback: []string{"SQLError: " + msg}}
}
