package spark

import (
	"context"
	"fmt"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/spark-connect-go/spark/client"
	"github.com/apache/spark-connect-go/spark/sql"
	"github.com/apache/spark-connect-go/spark/sql/types"

	"github.com/spargo-kernel/spargo/kernel"
)

// Session is the `spark` value Go cells see. It stays the same value
// across %spark stop/start: each call goes to the manager's current
// session, starting one first in a local or cluster kernel, and an error
// from a dead server says how to recover.
type Session struct{ m *Manager }

var _ sql.SparkSession = (*Session)(nil)

// NewSession returns the cell-facing session of m.
func NewSession(m *Manager) *Session { return &Session{m: m} }

// progressTo writes start progress to the running cell's stdout.
func progressTo(ctx context.Context) func(string) {
	return func(line string) {
		if io, ok := kernel.IOFromContext(ctx); ok {
			io.Stream("stdout", line+"\n")
		}
	}
}

func (s *Session) get(ctx context.Context) (sql.SparkSession, error) {
	return s.m.Session(ctx, progressTo(ctx))
}

// Sql runs a SQL statement (commands at once) and returns its DataFrame.
func (s *Session) Sql(ctx context.Context, query string) (sql.DataFrame, error) {
	ss, err := s.get(ctx)
	if err != nil {
		return nil, err
	}
	df, err := ss.Sql(ctx, query)
	return df, s.m.Explain(err)
}

// Table returns a DataFrame over a table.
func (s *Session) Table(name string) (sql.DataFrame, error) {
	ss, err := s.get(context.Background())
	if err != nil {
		return nil, err
	}
	df, err := ss.Table(name)
	return df, s.m.Explain(err)
}

// Read returns a reader for files and tables.
func (s *Session) Read() sql.DataFrameReader {
	ss, err := s.get(context.Background())
	if err != nil {
		return errReader{err}
	}
	return ss.Read()
}

// CreateDataFrameFromArrow uploads an Arrow table as a DataFrame.
func (s *Session) CreateDataFrameFromArrow(ctx context.Context, data arrow.Table) (sql.DataFrame, error) {
	ss, err := s.get(ctx)
	if err != nil {
		return nil, err
	}
	df, err := ss.CreateDataFrameFromArrow(ctx, data)
	return df, s.m.Explain(err)
}

// CreateDataFrame uploads rows with a schema as a DataFrame.
func (s *Session) CreateDataFrame(ctx context.Context, data [][]any, schema *types.StructType) (sql.DataFrame, error) {
	ss, err := s.get(ctx)
	if err != nil {
		return nil, err
	}
	df, err := ss.CreateDataFrame(ctx, data, schema)
	return df, s.m.Explain(err)
}

// Config returns the session's runtime configuration.
func (s *Session) Config() client.RuntimeConfig {
	ss, err := s.get(context.Background())
	if err != nil {
		return errConfig{err}
	}
	return ss.Config()
}

// Stop stops Spark, as %spark stop does.
func (s *Session) Stop() error {
	s.m.Stop()
	return nil
}

// String describes the session for a cell that shows `spark`.
func (s *Session) String() string {
	st := s.m.Status()
	if st.Active == nil {
		return fmt.Sprintf("SparkSession (none yet; kernel mode %s)", s.m.Mode())
	}
	state := "alive"
	if !st.Alive {
		state = "dead: " + st.Problem
	}
	return fmt.Sprintf("SparkSession %s %s, master %s, UI %s (%s)", st.Active.Mode, st.Active.Version, st.Active.Master, st.Active.UI, state)
}

type errReader struct{ err error }

func (r errReader) Format(string) sql.DataFrameReader         { return r }
func (r errReader) Option(string, string) sql.DataFrameReader { return r }
func (r errReader) Load(string) (sql.DataFrame, error)        { return nil, r.err }
func (r errReader) Table(string) (sql.DataFrame, error)       { return nil, r.err }
func (r errReader) Schema(string) sql.DataFrameReader         { return r }

type errConfig struct{ err error }

func (c errConfig) GetAll(context.Context) (map[string]string, error)              { return nil, c.err }
func (c errConfig) Set(context.Context, string, string) error                      { return c.err }
func (c errConfig) Get(context.Context, string) (string, error)                    { return "", c.err }
func (c errConfig) Unset(context.Context, string) error                            { return c.err }
func (c errConfig) IsModifiable(context.Context, string) (bool, error)             { return false, c.err }
func (c errConfig) GetWithDefault(context.Context, string, string) (string, error) { return "", c.err }
