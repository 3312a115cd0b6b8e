package main

import (
	"errors"
	"fmt"

	"github.com/apache/spark-connect-go/spark/sql"
	"github.com/traefik/yaegi/interp"

	"github.com/spargo-kernel/spargo/backends/spark"
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
	conns := &sqlengine.Connections{Default: func() (string, error) {
		if m.Active() {
			return "spark", nil
		}
		return "", errors.New("no SQL connection given and no Spark session: name a connection (%%sql spark) after %spark start local")
	}}
	sqlengine.Register("spark", spark.Driver{M: m})
	conns.Add(sqlengine.Conn{Name: "spark", Driver: "spark"})
	magics.RegisterSQL(reg, conns)
	return magics.Wrap(gi, reg), nil
}
