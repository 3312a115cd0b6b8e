// Package bigquery is the %sql engine for Google BigQuery, through the
// official client: queries run as jobs (the job id is shown), results are
// read page by page into Arrow and only as far as the cell shows or binds,
// --dry-run reports the bytes a query would scan, and a maximum of bytes
// billed from the config stops runaway queries before they cost anything.
package bigquery

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"sync"

	bq "cloud.google.com/go/bigquery"
	"github.com/apache/arrow-go/v18/arrow/array"
	"google.golang.org/api/iterator"
	"google.golang.org/api/option"

	"github.com/spargo-kernel/spargo/backends/sqldb"
	"github.com/spargo-kernel/spargo/backends/sqlengine"
	"github.com/spargo-kernel/spargo/kernel"
)

// Settings are a BigQuery connection's: bigquery://PROJECT[/DATASET]
// with optional ?location=EU&endpoint=URL&max_bytes_billed=N.
type Settings struct {
	Project, Dataset, Location string
	Endpoint                   string // an emulator or a private endpoint
	MaxBytesBilled             int64  // 0: no limit
	CredentialsFile            string // service account key; "" = application default
}

// Parse reads Settings from a connection URL.
func Parse(raw, credentialsFile string) (Settings, error) {
	u, err := url.Parse(raw)
	if err != nil || u.Scheme != "bigquery" || u.Host == "" {
		return Settings{}, fmt.Errorf("%q is not a BigQuery URL like bigquery://PROJECT/DATASET", raw)
	}
	s := Settings{Project: u.Host, Dataset: strings.Trim(u.Path, "/"), CredentialsFile: credentialsFile,
		Location: u.Query().Get("location"), Endpoint: u.Query().Get("endpoint")}
	if m := u.Query().Get("max_bytes_billed"); m != "" {
		if s.MaxBytesBilled, err = strconv.ParseInt(m, 10, 64); err != nil || s.MaxBytesBilled < 0 {
			return Settings{}, fmt.Errorf("max_bytes_billed=%q: want a number of bytes", m)
		}
	}
	return s, nil
}

// Engine runs queries on one project.
type Engine struct {
	s      Settings
	client *bq.Client
}

// Open creates the client. No request is made until the first query.
func Open(ctx context.Context, s Settings) (*Engine, error) {
	var opts []option.ClientOption
	if s.Endpoint != "" {
		opts = append(opts, option.WithEndpoint(s.Endpoint))
		if strings.HasPrefix(s.Endpoint, "http://") {
			opts = append(opts, option.WithoutAuthentication()) // a local emulator
		}
	}
	if s.CredentialsFile != "" {
		opts = append(opts, option.WithAuthCredentialsFile(option.ServiceAccount, s.CredentialsFile))
	}
	c, err := bq.NewClient(ctx, s.Project, opts...)
	if err != nil {
		return nil, fmt.Errorf("BigQuery project %s: %w", s.Project, err)
	}
	if s.Location != "" {
		c.Location = s.Location
	}
	return &Engine{s: s, client: c}, nil
}

// query prepares q: default dataset, byte limit and positional parameters
// (:name becomes ? with the Go value bound).
func (e *Engine) query(q sqlengine.Query) (*bq.Query, error) {
	text, names := sqldb.Bind(q.SQL, "bigquery")
	args, err := sqldb.Values(names, q.Params)
	if err != nil {
		return nil, err
	}
	bqq := e.client.Query(text)
	if e.s.Dataset != "" {
		bqq.DefaultProjectID, bqq.DefaultDatasetID = e.s.Project, e.s.Dataset
	}
	bqq.MaxBytesBilled = e.s.MaxBytesBilled
	for _, a := range args {
		bqq.Parameters = append(bqq.Parameters, bq.QueryParameter{Value: a})
	}
	return bqq, nil
}

// Query runs q as a job, says its id, and streams its rows as Arrow.
func (e *Engine) Query(ctx context.Context, q sqlengine.Query) (array.RecordReader, error) {
	bqq, err := e.query(q)
	if err != nil {
		return nil, err
	}
	job, err := bqq.Run(ctx)
	if err != nil {
		return nil, e.explain(err)
	}
	if io, ok := kernel.IOFromContext(ctx); ok {
		io.Stream("stderr", fmt.Sprintf("BigQuery job %s:%s.%s\n", job.ProjectID(), job.Location(), job.ID()))
	}
	it, err := job.Read(ctx)
	if err != nil {
		return nil, e.explain(err)
	}
	limit := q.MaxRows
	if limit >= 0 {
		limit++ // one more row says the result is truncated
		it.PageInfo().MaxSize = min(limit, 10000)
	}
	return newRowReader(it, limit)
}

// DryRun reports what q would scan and bill, without running it.
func (e *Engine) DryRun(ctx context.Context, q sqlengine.Query) (string, error) {
	bqq, err := e.query(q)
	if err != nil {
		return "", err
	}
	bqq.DryRun = true
	job, err := bqq.Run(ctx)
	if err != nil {
		return "", e.explain(err)
	}
	st := job.LastStatus()
	if st == nil || st.Statistics == nil {
		return "", errors.New("BigQuery returned no statistics for the dry run")
	}
	n := st.Statistics.TotalBytesProcessed
	msg := fmt.Sprintf("dry run: the query would process %d bytes (%s)", n, humanBytes(n))
	if e.s.MaxBytesBilled > 0 {
		msg += fmt.Sprintf("; the connection's limit is %s", humanBytes(e.s.MaxBytesBilled))
	}
	return msg, nil
}

func (e *Engine) explain(err error) error {
	if strings.Contains(err.Error(), "bytesBilledLimitExceeded") || strings.Contains(err.Error(), "billed") && e.s.MaxBytesBilled > 0 {
		return fmt.Errorf("%w\n(the connection's max_bytes_billed is %s: the query did not run)", err, humanBytes(e.s.MaxBytesBilled))
	}
	return err
}

func humanBytes(n int64) string {
	units := []string{"B", "KiB", "MiB", "GiB", "TiB", "PiB"}
	f, i := float64(n), 0
	for f >= 1024 && i < len(units)-1 {
		f, i = f/1024, i+1
	}
	return fmt.Sprintf("%.1f %s", f, units[i])
}

// Tables lists the dataset's tables.
func (e *Engine) Tables(ctx context.Context) (array.RecordReader, error) {
	if e.s.Dataset == "" {
		return nil, errors.New("the connection names no dataset: use bigquery://PROJECT/DATASET")
	}
	return e.Query(ctx, sqlengine.Query{MaxRows: -1, SQL: "SELECT table_name, table_type FROM `" + e.s.Dataset + "`.INFORMATION_SCHEMA.TABLES ORDER BY 1"})
}

// Columns lists a table's columns from its schema.
func (e *Engine) Columns(ctx context.Context, table string) (array.RecordReader, error) {
	md, err := e.client.Dataset(e.s.Dataset).Table(table).Metadata(ctx)
	if err != nil {
		return nil, fmt.Errorf("table %s: %w", table, err)
	}
	return schemaReader(md.Schema), nil
}

// Driver is the sqlengine driver "bigquery": the DSN is a connection name.
type Driver struct {
	mu       sync.Mutex
	settings map[string]Settings
	engines  map[string]*Engine
}

// NewDriver returns a driver for the named connections.
func NewDriver(settings map[string]Settings) *Driver {
	return &Driver{settings: settings, engines: map[string]*Engine{}}
}

// Open opens (once) the connection called name.
func (d *Driver) Open(ctx context.Context, name string) (sqlengine.Engine, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if e, ok := d.engines[name]; ok {
		return e, nil
	}
	s, ok := d.settings[name]
	if !ok {
		return nil, fmt.Errorf("no BigQuery connection %q", name)
	}
	e, err := Open(ctx, s)
	if err != nil {
		return nil, err
	}
	d.engines[name] = e
	return e, nil
}

// done reports the end of an iterator.
func done(err error) bool { return errors.Is(err, iterator.Done) }
