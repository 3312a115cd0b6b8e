// Package sqlengine is the engine layer under %sql and %%sql: drivers
// register here by name, as database/sql drivers do, and the magic opens a
// named connection through them. Results are Arrow record streams, so the
// magic reads only the rows it shows or binds.
package sqlengine

import (
	"context"
	"fmt"
	"sort"
	"sync"

	"github.com/apache/arrow-go/v18/arrow/array"
)

// Query is one statement to run.
type Query struct {
	SQL string
	// MaxRows is how many rows the caller will read at most (<0: all).
	// Engines that can push a limit down (Spark) fetch no more than this
	// plus one, so the caller can say the result was truncated.
	MaxRows int
	// Params looks up the values of :name parameters (Go variables).
	Params func(name string) (any, error)
}

// Catalog is implemented by engines that can list tables and columns
// (%sql --tables, --columns).
type Catalog interface {
	Tables(ctx context.Context) (array.RecordReader, error)
	Columns(ctx context.Context, table string) (array.RecordReader, error)
}

// Engine runs queries on one connection.
type Engine interface {
	Query(ctx context.Context, q Query) (array.RecordReader, error)
}

// Driver opens engines from a data source string (its format is the
// driver's; the spark driver ignores it and uses the session's Spark).
type Driver interface {
	Open(ctx context.Context, dsn string) (Engine, error)
}

var (
	mu      sync.RWMutex
	drivers = map[string]Driver{}
)

// Register makes a driver available under name. It panics on a duplicate,
// as database/sql does, since that is a wiring bug.
func Register(name string, d Driver) {
	mu.Lock()
	defer mu.Unlock()
	if _, dup := drivers[name]; dup {
		panic("sqlengine: Register called twice for driver " + name)
	}
	drivers[name] = d
}

// Open opens an engine with the named driver.
func Open(ctx context.Context, driver, dsn string) (Engine, error) {
	mu.RLock()
	d, ok := drivers[driver]
	mu.RUnlock()
	if !ok {
		return nil, fmt.Errorf("no SQL driver %q (available: %v)", driver, Drivers())
	}
	e, err := d.Open(ctx, dsn)
	if err != nil {
		return nil, fmt.Errorf("open %s connection: %w", driver, err)
	}
	return e, nil
}

// Drivers lists the registered driver names, sorted.
func Drivers() []string {
	mu.RLock()
	defer mu.RUnlock()
	var out []string
	for n := range drivers {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// Conn is a named connection: which driver opens it, with what DSN.
type Conn struct {
	Name, Driver, DSN string
	Display           string // what %sql --connections shows (no secrets)
}

// Connections are the session's named connections. Default picks the
// connection of a %%sql that names none (Spark while it is active).
type Connections struct {
	mu      sync.Mutex
	conns   map[string]Conn
	Default func() (string, error)
	warning string
}

// Warn adds a warning about the connections' configuration, which the
// next %sql shows once (with any other pending warnings).
func (c *Connections) Warn(w string) {
	if w == "" {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.warning != "" {
		c.warning += "\n"
	}
	c.warning += w
}

// TakeWarning returns the pending warning, once.
func (c *Connections) TakeWarning() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	w := c.warning
	c.warning = ""
	return w
}

// Add adds or replaces a connection.
func (c *Connections) Add(conn Conn) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.conns == nil {
		c.conns = map[string]Conn{}
	}
	c.conns[conn.Name] = conn
}

// Lookup returns the connection called name.
func (c *Connections) Lookup(name string) (Conn, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	conn, ok := c.conns[name]
	return conn, ok
}

// Names lists the connection names, sorted.
func (c *Connections) Names() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []string
	for n := range c.conns {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}
