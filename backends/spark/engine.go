package spark

import (
	"context"
	"fmt"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/spark-connect-go/spark/sql"

	"github.com/spargo-kernel/spargo/backends/sqlengine"
	"github.com/spargo-kernel/spargo/backends/table"
)

// Driver is the "spark" SQL driver: its engine runs Spark SQL on the
// manager's current session (starting one in a local or cluster kernel).
type Driver struct{ M *Manager }

// Open returns the engine; dsn is ignored.
func (d Driver) Open(context.Context, string) (sqlengine.Engine, error) { return engine{d.M}, nil }

type engine struct{ m *Manager }

// Query runs q with Spark SQL, pushing the row limit down to Spark.
func (e engine) Query(ctx context.Context, q sqlengine.Query) (array.RecordReader, error) {
	s, err := e.m.Session(ctx, progressTo(ctx))
	if err != nil {
		return nil, err
	}
	df, err := s.Sql(ctx, q.SQL)
	if err != nil {
		return nil, e.m.Explain(err)
	}
	if q.MaxRows >= 0 {
		df = df.Limit(ctx, int32(min(q.MaxRows+1, 1<<31-1)))
	}
	t, err := df.ToArrow(ctx)
	if err != nil {
		return nil, e.m.Explain(fmt.Errorf("fetch result: %w", err))
	}
	rr := array.NewTableReader(*t, 1<<16)
	(*t).Release()
	return rr, nil
}

// Active reports whether a Spark session runs or would start on first use,
// so that %%sql with no connection can pick Spark.
func (m *Manager) Active() bool {
	if m.kernMode == "local" || m.kernMode == "cluster" {
		return true
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.cur != nil
}

// Format renders Spark DataFrames (first rows only, the limit pushed to
// Spark) and Arrow tables and records as notebook tables.
func (m *Manager) Format(ctx context.Context, v any) (map[string]any, bool) {
	switch v.(type) {
	case sql.DataFrame, arrow.Table, arrow.RecordBatch:
	default:
		return nil, false // every cell's value comes here: no file read for them
	}
	rows := 20
	if cfg, err := m.Config(); err == nil {
		rows = cfg.DisplayRows
	}
	var page table.Page
	var err error
	switch x := v.(type) {
	case sql.DataFrame:
		var t *arrow.Table
		if t, err = x.Limit(ctx, int32(rows+1)).ToArrow(ctx); err == nil {
			page, err = table.OfTable(*t, rows)
			(*t).Release()
		}
		err = m.Explain(err)
	case arrow.Table:
		page, err = table.OfTable(x, rows)
	case arrow.RecordBatch:
		page, err = table.OfRecord(x, rows)
	}
	if err != nil {
		return map[string]any{"text/plain": fmt.Sprintf("(cannot show the rows: %v)", err)}, true
	}
	return page.Bundle(), true
}
