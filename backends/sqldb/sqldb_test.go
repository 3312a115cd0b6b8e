package sqldb

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/spargo-kernel/spargo/backends/sqlengine"
	"github.com/spargo-kernel/spargo/backends/table"
)

func TestBindNamedParameters(t *testing.T) {
	cases := []struct {
		q, driver, want string
		names           []string
	}{
		{"SELECT * FROM t WHERE a = :a AND b = :b_2", "pgx", "SELECT * FROM t WHERE a = $1 AND b = $2", []string{"a", "b_2"}},
		{"SELECT * FROM t WHERE a = :a AND b = :a", "mysql", "SELECT * FROM t WHERE a = ? AND b = ?", []string{"a", "a"}},
		{"SELECT x::int, ':no', \":no\", '12:30' FROM t -- :no\n/* :no */ WHERE y = :yes", "duckdb",
			"SELECT x::int, ':no', \":no\", '12:30' FROM t -- :no\n/* :no */ WHERE y = ?", []string{"yes"}},
		{"SELECT a[1:2], :1 FROM t", "pgx", "SELECT a[1:2], :1 FROM t", nil},
		{"SELECT 'unclosed :x", "pgx", "SELECT 'unclosed :x", nil},
	}
	for _, c := range cases {
		got, names := Bind(c.q, c.driver)
		if got != c.want || !reflect.DeepEqual(names, c.names) {
			t.Errorf("Bind(%q, %s) = %q %v, want %q %v", c.q, c.driver, got, names, c.want, c.names)
		}
	}
	vals, err := Values([]string{"a"}, func(n string) (any, error) { return 7, nil })
	if err != nil || !reflect.DeepEqual(vals, []any{7}) {
		t.Errorf("Values = %v %v", vals, err)
	}
	if _, err := Values([]string{"a"}, nil); err == nil || !strings.Contains(err.Error(), ":a") {
		t.Errorf("Values without a session: %v", err)
	}
}

func TestRedactAndDisplay(t *testing.T) {
	if got := Redact("postgres://u:hunter2@h:5432/db?sslmode=off"); got != "postgres://u:***@h:5432/db?sslmode=off" {
		t.Errorf("Redact = %q", got)
	}
	if got := Redact("postgres://u@h/db"); got != "postgres://u@h/db" {
		t.Errorf("Redact without password = %q", got)
	}
	c := Conn{URL: "mysql://u@h/db", PasswordEnv: "PW"}
	if got := c.Display(); got != "mysql://u@h/db (password from $PW)" {
		t.Errorf("Display = %q", got)
	}
}

func TestDSNOf(t *testing.T) {
	drv, dsn, err := dsnOf("postgres://u@h:5432/db", "p@ss", true)
	if err != nil || drv != "pgx" || !strings.Contains(dsn, "u:p%40ss@h:5432/db") || !strings.Contains(dsn, "connect_timeout=10") {
		t.Errorf("postgres: %s %s %v", drv, dsn, err)
	}
	drv, dsn, err = dsnOf("mysql://u@h:3306/shop?charset=utf8mb4", "pw", true)
	if err != nil || drv != "mysql" || !strings.HasPrefix(dsn, "u:pw@tcp(h:3306)/shop?") || !strings.Contains(dsn, "parseTime=true") || !strings.Contains(dsn, "charset=utf8mb4") {
		t.Errorf("mysql: %s %s %v", drv, dsn, err)
	}
	if drv, dsn, err := dsnOf("duckdb:///tmp/x.duckdb", "", false); err != nil || drv != "duckdb" || dsn != "/tmp/x.duckdb" {
		t.Errorf("duckdb: %s %s %v", drv, dsn, err)
	}
	if _, _, err := dsnOf("oracle://h/db", "", false); err == nil || !strings.Contains(err.Error(), "unsupported scheme") {
		t.Errorf("oracle: %v", err)
	}
}

func TestLimitQueryAndLineCol(t *testing.T) {
	if got := limitQuery("  select 1;  ", 21); got != "SELECT * FROM (\nselect 1\n) AS spargo_limited LIMIT 21" {
		t.Errorf("limitQuery = %q", got)
	}
	for _, q := range []string{"CREATE TABLE t (a int)", "COPY t TO 'x'", ""} {
		if got := limitQuery(q, 5); got != q {
			t.Errorf("limitQuery(%q) changed a statement: %q", q, got)
		}
	}
	if l, c := lineCol("SELECT a,\n  nosuch", 13); l != 2 || c != 3 {
		t.Errorf("lineCol = %d:%d, want 2:3", l, c)
	}
}

func TestLoadConns(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "config.json")
	t.Setenv("DATABASE_URL", "postgres://e@h/db")
	conns, err := LoadConns(filepath.Join(dir, "missing.json"), func(string) {})
	if err != nil || conns["env"].URL != "postgres://e@h/db" {
		t.Fatalf("missing file: %v %v", conns, err)
	}
	os.WriteFile(p, []byte(`{"connections": {"w": {"url": "postgres://a@h/s", "password_env": "W_PW"}}}`), 0o644)
	var warned string
	conns, err = LoadConns(p, func(w string) { warned = w })
	if err != nil || conns["w"].Name != "w" || conns["w"].PasswordEnv != "W_PW" {
		t.Fatalf("LoadConns = %v %v", conns, err)
	}
	if !strings.Contains(warned, "readable by other users") {
		t.Errorf("no warning for a 0644 config: %q", warned)
	}
	os.Chmod(p, 0o600)
	warned = ""
	LoadConns(p, func(w string) { warned = w })
	if warned != "" {
		t.Errorf("warning for a 0600 config: %q", warned)
	}
	os.WriteFile(p, []byte(`{"connections": {`), 0o600)
	if _, err := LoadConns(p, func(string) {}); err == nil || !strings.Contains(err.Error(), p) {
		t.Errorf("bad JSON: %v", err)
	}
	if _, _, err := (Conn{Name: "w", PasswordEnv: "SPARGO_UNSET_VAR"}).password(); err == nil {
		t.Error("an unset password_env must be an error")
	}
}

// TestDuckDBEngine runs the embedded DuckDB for real: streaming with a
// limit, typed columns, parameters, errors, and persisting Go data.
// openDuckDB opens an in-memory DuckDB engine, closed when t ends.
func openDuckDB(t *testing.T) sqlengine.Engine {
	t.Helper()
	reg := NewRegistry(map[string]Conn{"d": {Name: "d", URL: "duckdb:"}})
	t.Cleanup(reg.Close)
	eng, err := reg.Open(context.Background(), "d")
	if err != nil {
		t.Fatal(err)
	}
	return eng
}

func TestDuckDBEngine(t *testing.T) {
	ctx := context.Background()
	eng := openDuckDB(t)
	rr, err := eng.Query(ctx, sqlengine.Query{SQL: "SELECT i, i * 1.5::DOUBLE AS f, CAST(i AS DECIMAL(10,2)) AS d, " +
		"TIMESTAMP '2024-01-02 03:04:05' AS ts, DATE '2024-01-02' AS dt, NULL::VARCHAR AS n FROM range(100000) t(i)", MaxRows: 3})
	if err != nil {
		t.Fatal(err)
	}
	page, err := table.Read(rr, 3)
	rr.Release()
	if err != nil || !page.More || len(page.Rows) != 3 {
		t.Fatalf("page: %+v %v", page, err)
	}
	wantTypes := []string{"int64", "float64", "decimal(10, 2)", "timestamp[us, tz=UTC]", "date32", "utf8"}
	if !reflect.DeepEqual(page.Types, wantTypes) {
		t.Errorf("types = %v, want %v", page.Types, wantTypes)
	}
	if got := page.Rows[2]; got[0] != "2" || got[1] != "3" || got[2] != "2" || got[4] != "2024-01-02" || !page.Nulls[2][5] {
		t.Errorf("row 2 = %v nulls %v", got, page.Nulls[2])
	}
	params := func(n string) (any, error) { return map[string]any{"lo": 5, "s": "x'y"}[n], nil }
	rr, err = eng.Query(ctx, sqlengine.Query{SQL: "SELECT count(*) AS n, :s AS s FROM range(10) t(i) WHERE i >= :lo", MaxRows: -1, Params: params})
	if err != nil {
		t.Fatal(err)
	}
	page, _ = table.Read(rr, -1)
	rr.Release()
	if page.Rows[0][0] != "5" || page.Rows[0][1] != "x'y" {
		t.Errorf("parameters: %v", page.Rows)
	}
	if _, err := eng.Query(ctx, sqlengine.Query{SQL: "SELECT\n  nosuch", MaxRows: 20}); err == nil || !strings.Contains(err.Error(), "LINE 2") {
		t.Errorf("error position: %v", err)
	}
	type row struct {
		Name string
		N    int
		At   time.Time
	}
	n, err := eng.(*Engine).Persist(ctx, "rows", []row{{"a", 1, time.Unix(0, 0)}, {"b", 2, time.Unix(60, 0)}})
	if err != nil || n != 2 {
		t.Fatalf("Persist = %d %v", n, err)
	}
	rr, err = eng.Query(ctx, sqlengine.Query{SQL: `SELECT sum(N) AS s, max("At") AS m, sum(N * 1.25) AS x FROM "rows"`, MaxRows: -1})
	if err != nil {
		t.Fatal(err)
	}
	page, _ = table.Read(rr, -1)
	rr.Release()
	if page.Rows[0][0] != "3" || page.Rows[0][1] != "1970-01-01T00:01:00Z" || page.Rows[0][2] != "3.75" {
		t.Errorf("persisted rows: %v", page.Rows)
	}
	if _, err := eng.(*Engine).Persist(ctx, "bad", 3); err == nil {
		t.Error("Persist of an int must fail")
	}
}
