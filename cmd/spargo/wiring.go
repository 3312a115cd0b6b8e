package main

import (
	"fmt"
	"strings"

	"github.com/apache/spark-connect-go/spark/sql"
	"github.com/traefik/yaegi/interp"

	"github.com/spargo-kernel/spargo/backends/bigquery"
	"github.com/spargo-kernel/spargo/backends/spark"
	"github.com/spargo-kernel/spargo/backends/sqldb"
	"github.com/spargo-kernel/spargo/backends/sqlengine"
	"github.com/spargo-kernel/spargo/gointerp"
	"github.com/spargo-kernel/spargo/gointerp/sparksyms"
	"github.com/spargo-kernel/spargo/magics"
)

// newInterpreter builds the session's interpreter: Go cells with the Spark
// client and Arrow packages, the `spark` and `ctx` variables, table
// rendering, and the magics over the backends.
func newInterpreter(m *spark.Manager) (*magics.Interpreter, error) {
	var sparkVar sql.SparkSession = spark.NewSession(m)
	gi, err := gointerp.New(
		gointerp.WithSymbols(interp.Exports(sparksyms.Symbols)),
		gointerp.WithFormatter(m.Format),
		gointerp.WithVar("spark", &sparkVar),
		gointerp.WithCellContext("ctx"),
	)
	if err != nil {
		return nil, fmt.Errorf("start interpreter: %w", err)
	}
	if err := gi.CaptureProcessStdout(); err != nil {
		return nil, err
	}
	reg := magics.NewRegistry()
	magics.RegisterSpark(reg, m)
	magics.RegisterSQL(reg, sqlConnections(m))
	return magics.Wrap(gi, reg), nil
}

// sqlConnections names the session's SQL connections: spark, the embedded
// DuckDB, and those of the config file and $DATABASE_URL (as "env"). With
// no name, %%sql uses Spark while it is active, else DuckDB.
func sqlConnections(m *spark.Manager) *sqlengine.Connections {
	conns := &sqlengine.Connections{Default: func() (string, error) {
		if m.Active() {
			return "spark", nil
		}
		return "duckdb", nil
	}}
	sqlengine.Register("spark", spark.Driver{M: m})
	conns.Add(sqlengine.Conn{Name: "spark", Driver: "spark", Display: "the session's Spark (%spark start)"})
	var warning string
	cfg, err := sqldb.LoadConns(spark.ConfigPath(), func(w string) { warning = w })
	if err != nil {
		// A broken config must not stop the kernel: say so at first %sql.
		warning, cfg = fmt.Sprintf("SQL connections not loaded: %v", err), map[string]sqldb.Conn{}
	}
	conns.Warn(warning)
	if _, ok := cfg["duckdb"]; !ok {
		cfg["duckdb"] = sqldb.Conn{Name: "duckdb", URL: "duckdb:"}
	}
	bqs := map[string]bigquery.Settings{}
	for name, c := range cfg {
		if !strings.HasPrefix(c.URL, "bigquery:") {
			continue
		}
		delete(cfg, name)
		s, err := bigquery.Parse(c.URL, c.CredentialsFile)
		if err != nil {
			conns.Warn(fmt.Sprintf("connection %s: %v", name, err))
			continue
		}
		if c.MaxBytesBilled > 0 {
			s.MaxBytesBilled = c.MaxBytesBilled
		}
		bqs[name] = s
		conns.Add(sqlengine.Conn{Name: name, Driver: "bigquery", DSN: name, Display: c.URL})
	}
	sqlengine.Register("bigquery", bigquery.NewDriver(bqs))
	reg := sqldb.NewRegistry(cfg)
	sqlengine.Register("sqldb", reg)
	for name, c := range cfg {
		display := c.Display()
		if c.URL == "duckdb:" {
			display = "embedded DuckDB, in memory (reads CSV, Parquet and JSON files)"
		}
		conns.Add(sqlengine.Conn{Name: name, Driver: "sqldb", DSN: name, Display: display})
	}
	return conns
}
