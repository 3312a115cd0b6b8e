package magics

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"

	"github.com/spargo-kernel/spargo/backends/sqlengine"
	"github.com/spargo-kernel/spargo/backends/table"
	"github.com/spargo-kernel/spargo/kernel"
)

const sqlUsage = `%%sql [CONN] [-o NAME] [--limit N]
QUERY
%sql [CONN] [-o NAME] [--limit N] QUERY`

const sqlHelp = `Runs SQL on a named connection (spark: the session's Spark) and shows the
first N rows (default 20) as a table that says when it is truncated. With no
CONN, Spark is used while a Spark session is active. -o NAME binds the whole
result to the Go variable NAME as an arrow.Table.`

// defaultShowRows is how many rows a result shows without --limit.
const defaultShowRows = 20

// Binder is implemented by interpreters that can receive values from
// magics as session variables.
type Binder interface {
	Bind(ctx context.Context, name string, v any, typ, importPath string, io kernel.IO) error
}

// RegisterSQL adds %sql and %%sql over conns.
func RegisterSQL(r *Registry, conns *sqlengine.Connections) {
	r.Register(Magic{Name: "sql", Usage: sqlUsage, Help: sqlHelp, Line: true, Cell: true,
		Run: func(ctx context.Context, c Call) (kernel.MIMEBundle, error) { return sqlMagic(ctx, conns, c) }})
}

type sqlArgs struct {
	conn, out, query string
	limit            int
}

// parseSQL parses the magic line; for %sql the query follows the options.
func parseSQL(c Call, conns *sqlengine.Connections) (sqlArgs, error) {
	words, err := splitArgs(c.Args)
	if err != nil {
		return sqlArgs{}, err
	}
	a := sqlArgs{limit: defaultShowRows}
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
			}
			i++
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

// restAfterWords returns s after its first n space-separated words.
func restAfterWords(s string, n int) string {
	s = strings.TrimSpace(s)
	for ; n > 0; n-- {
		_, s, _ = strings.Cut(s, " ")
		s = strings.TrimLeft(s, " \t")
	}
	return s
}

func sqlMagic(ctx context.Context, conns *sqlengine.Connections, c Call) (kernel.MIMEBundle, error) {
	a, err := parseSQL(c, conns)
	if err != nil {
		return nil, UsageError("%%sql: %v\nusage:\n%s", err, sqlUsage)
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
	if a.out != "" {
		max = -1 // bind the whole result
	}
	rr, err := eng.Query(ctx, sqlengine.Query{SQL: a.query, MaxRows: max})
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
