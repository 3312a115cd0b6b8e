package sqldb

import (
	"context"
	"fmt"
	"sync"

	"github.com/spargo-kernel/spargo/backends/sqlengine"
)

// Registry is the sqlengine driver over named database/sql connections:
// the DSN it is opened with is the connection's name.
type Registry struct {
	mu    sync.Mutex
	conns map[string]Conn
	drv   *Driver
}

// NewRegistry returns a registry of conns.
func NewRegistry(conns map[string]Conn) *Registry {
	return &Registry{conns: conns, drv: NewDriver()}
}

// Open opens the connection called name.
func (r *Registry) Open(ctx context.Context, name string) (sqlengine.Engine, error) {
	r.mu.Lock()
	c, ok := r.conns[name]
	r.mu.Unlock()
	if !ok {
		return nil, fmt.Errorf("no connection %q", name)
	}
	return r.drv.OpenConn(ctx, c)
}

// Close closes the open connections.
func (r *Registry) Close() { r.drv.Close() }
