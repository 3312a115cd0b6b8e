package sqldb

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/apache/arrow-go/v18/arrow/array"
	_ "github.com/duckdb/duckdb-go/v2" // registers "duckdb"
	"github.com/go-sql-driver/mysql"
	"github.com/jackc/pgx/v5/pgconn"
	_ "github.com/jackc/pgx/v5/stdlib" // registers "pgx"
	_ "modernc.org/sqlite"             // registers "sqlite" (pure Go)

	"github.com/spargo-kernel/spargo/backends/sqlengine"
)

// ConnectTimeout bounds connecting to a server: an unreachable one fails
// within it instead of hanging the cell.
const ConnectTimeout = 10 * time.Second

// Driver is the sqlengine driver for database/sql connections. Its DSN is
// a connection URL; engines are opened once per URL and kept.
type Driver struct {
	mu      sync.Mutex
	engines map[string]*Engine
}

// NewDriver returns a driver with no open connections.
func NewDriver() *Driver { return &Driver{engines: map[string]*Engine{}} }

// OpenConn opens (or returns the open) engine of c.
func (d *Driver) OpenConn(ctx context.Context, c Conn) (*Engine, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if e, ok := d.engines[c.Name]; ok {
		return e, nil
	}
	e, err := open(ctx, c)
	if err != nil {
		return nil, err
	}
	d.engines[c.Name] = e
	return e, nil
}

// Close closes every open connection.
func (d *Driver) Close() {
	d.mu.Lock()
	defer d.mu.Unlock()
	for _, e := range d.engines {
		e.db.Close()
	}
	d.engines = map[string]*Engine{}
}

// Engine runs queries on one database.
type Engine struct {
	name   string
	driver string // database/sql driver name: pgx, mysql, duckdb
	db     *sql.DB
	secret string // the password, scrubbed from errors
}

func open(ctx context.Context, c Conn) (*Engine, error) {
	pw, hasPW, err := c.password()
	if err != nil {
		return nil, err
	}
	driver, dsn, err := dsnOf(c.URL, pw, hasPW)
	if err != nil {
		return nil, fmt.Errorf("connection %s: %w", c.Name, err)
	}
	db, err := sql.Open(driver, dsn)
	if err != nil {
		return nil, fmt.Errorf("connection %s: %w", c.Name, scrub(err, pw))
	}
	e := &Engine{name: c.Name, driver: driver, db: db, secret: pw}
	pctx, cancel := context.WithTimeout(ctx, ConnectTimeout)
	defer cancel()
	if err := db.PingContext(pctx); err != nil {
		db.Close()
		if errors.Is(pctx.Err(), context.DeadlineExceeded) {
			return nil, fmt.Errorf("connection %s (%s): no answer within %s: check the host, port and network", c.Name, Redact(c.URL), ConnectTimeout)
		}
		return nil, fmt.Errorf("connection %s (%s): %w", c.Name, Redact(c.URL), scrub(err, pw))
	}
	return e, nil
}

// dsnOf turns a connection URL into a database/sql driver and DSN.
func dsnOf(raw, pw string, hasPW bool) (driver, dsn string, err error) {
	u, err := url.Parse(raw)
	if err != nil {
		return "", "", fmt.Errorf("bad url: %w", err)
	}
	if hasPW && u.User != nil {
		u.User = url.UserPassword(u.User.Username(), pw)
	}
	switch u.Scheme {
	case "postgres", "postgresql":
		q := u.Query()
		if q.Get("connect_timeout") == "" {
			q.Set("connect_timeout", fmt.Sprint(int(ConnectTimeout.Seconds())))
		}
		u.RawQuery = q.Encode()
		return "pgx", u.String(), nil
	case "mysql", "mariadb":
		cfg := mysql.NewConfig()
		cfg.Net, cfg.Addr = "tcp", u.Host
		if u.User != nil {
			cfg.User = u.User.Username()
			cfg.Passwd, _ = u.User.Password()
		}
		cfg.DBName = strings.TrimPrefix(u.Path, "/")
		cfg.ParseTime, cfg.Timeout = true, ConnectTimeout
		for k, v := range u.Query() {
			if cfg.Params == nil {
				cfg.Params = map[string]string{}
			}
			cfg.Params[k] = v[0]
		}
		return "mysql", cfg.FormatDSN(), nil
	case "duckdb":
		// duckdb: or duckdb:// (in memory), duckdb:///abs/path.duckdb
		return "duckdb", u.Path, nil
	case "sqlite", "sqlite3":
		if u.Path == "" {
			return "", "", fmt.Errorf("sqlite needs a file: sqlite:///path/to/file.db")
		}
		return "sqlite", u.Path, nil
	default:
		return "", "", fmt.Errorf("unsupported scheme %q (supported: postgres, mysql, duckdb, sqlite, bigquery)", u.Scheme)
	}
}

// Query runs q, binding :name parameters from q.Params, and streams the
// rows as Arrow records, reading at most q.MaxRows rows (<0: all).
func (e *Engine) Query(ctx context.Context, q sqlengine.Query) (array.RecordReader, error) {
	sqlText := q.SQL
	if e.driver != "mysql" && q.MaxRows >= 0 {
		// Push the display limit into the query: duckdb-go materialises
		// whole results, and a server need not compute or send rows nobody
		// reads. (Not for MySQL/MariaDB: they may drop ORDER BY inside a
		// derived table, and their rows stream anyway.)
		sqlText = limitQuery(sqlText, q.MaxRows+1)
	}
	text, names := Bind(sqlText, e.driver)
	args, err := Values(names, q.Params)
	if err != nil {
		return nil, err
	}
	limit := q.MaxRows
	if limit >= 0 {
		limit++ // one more row tells the caller the result was truncated
	}
	if e.driver == "duckdb" && duckArrowQuery != nil {
		rr, err := duckArrowQuery(ctx, e.db, text, args, limit)
		if err != nil {
			return nil, e.explain(e.userPosition(ctx, err, sqlText, q.SQL), q.SQL)
		}
		return rr, nil
	}
	qctx, cancel := context.WithCancel(ctx)
	rows, err := e.db.QueryContext(qctx, text, args...)
	if err != nil {
		cancel()
		return nil, e.explain(e.userPosition(ctx, err, sqlText, q.SQL), q.SQL)
	}
	rr, err := newRowReader(rows, limit, cancel)
	if err != nil {
		rows.Close()
		cancel()
		return nil, e.explain(err, q.SQL)
	}
	return rr, nil
}

// userPosition turns an error of the limit-wrapped query sent into the
// error of the user's own query orig: preparing orig finds parse and
// binding errors at their position in what the user wrote.
func (e *Engine) userPosition(ctx context.Context, err error, sent, orig string) error {
	if sent == orig {
		return err
	}
	text, _ := Bind(orig, e.driver)
	st, perr := e.db.PrepareContext(ctx, text)
	if perr != nil {
		return perr
	}
	st.Close()
	return err
}

// limitQuery wraps a query (SELECT, WITH, FROM, VALUES, TABLE, SHOW...)
// so that it returns at most n rows; other statements are left alone.
func limitQuery(q string, n int) string {
	body := strings.TrimRight(strings.TrimSpace(q), "; \t\n")
	first := strings.ToUpper(strings.Fields(body + " x")[0])
	switch first {
	case "SELECT", "WITH", "FROM", "VALUES", "TABLE":
		return fmt.Sprintf("SELECT * FROM (\n%s\n) AS spargo_limited LIMIT %d", body, n)
	}
	return q
}

// explain adds the failing position (when the server gives one) and
// removes the password from a database error.
func (e *Engine) explain(err error, query string) error {
	var pg *pgconn.PgError
	if errors.As(err, &pg) && pg.Position > 0 {
		line, col := lineCol(query, int(pg.Position))
		src := strings.Split(query, "\n")[line-1]
		return fmt.Errorf("%s (SQLSTATE %s) at line %d, column %d:\n%s\n%s^", pg.Message, pg.Code, line, col, src, strings.Repeat(" ", col-1))
	}
	return scrub(err, e.secret)
}

// lineCol converts a 1-based character offset into line and column.
func lineCol(q string, pos int) (int, int) {
	line, col := 1, 1
	for i, r := range []rune(q) {
		if i+1 == pos {
			break
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
	}
	return line, col
}

// scrub replaces the secret in err's text.
func scrub(err error, secret string) error {
	if err == nil || secret == "" || !strings.Contains(err.Error(), secret) {
		return err
	}
	return errors.New(strings.ReplaceAll(err.Error(), secret, "***"))
}

// Tables lists the database's tables and views.
func (e *Engine) Tables(ctx context.Context) (array.RecordReader, error) {
	if e.driver == "sqlite" {
		return e.Query(ctx, sqlengine.Query{MaxRows: -1, SQL: "SELECT 'main' AS table_schema, name AS table_name, type AS table_type FROM sqlite_master WHERE type IN ('table', 'view') ORDER BY 2"})
	}
	where := "table_schema NOT IN ('pg_catalog', 'information_schema')"
	if e.driver == "mysql" {
		where = "table_schema = DATABASE()"
	}
	return e.Query(ctx, sqlengine.Query{MaxRows: -1, SQL: "SELECT table_schema, table_name, table_type FROM information_schema.tables WHERE " + where + " ORDER BY 1, 2"})
}

// Columns lists a table's columns (TABLE or SCHEMA.TABLE).
func (e *Engine) Columns(ctx context.Context, table string) (array.RecordReader, error) {
	if e.driver == "sqlite" {
		return e.Query(ctx, sqlengine.Query{MaxRows: -1, SQL: `SELECT name AS column_name, type AS data_type, CASE WHEN "notnull" THEN 'NO' ELSE 'YES' END AS is_nullable FROM pragma_table_info(:table) ORDER BY cid`,
			Params: func(string) (any, error) { return table, nil }})
	}
	schema, name, ok := strings.Cut(table, ".")
	if !ok {
		schema, name = "", table
	}
	q := "SELECT column_name, data_type, is_nullable FROM information_schema.columns WHERE table_name = :table"
	if schema != "" {
		q += " AND table_schema = :schema"
	} else if e.driver == "mysql" {
		q += " AND table_schema = DATABASE()"
	}
	vals := map[string]any{"table": name, "schema": schema}
	return e.Query(ctx, sqlengine.Query{MaxRows: -1, SQL: q + " ORDER BY ordinal_position",
		Params: func(n string) (any, error) { return vals[n], nil }})
}
