package kernel

import (
	"context"
	"errors"
	"strings"
	"sync"
	"time"

	"github.com/spargo-kernel/spargo/protocol"
)

// flushInterval bounds how long streamed text waits before it is published.
// Batching keeps a 100k-line flood to a few hundred IOPub messages.
const flushInterval = 20 * time.Millisecond

// ErrNoStdin is returned by Input when the client does not allow stdin
// (nbconvert, papermill), so reads fail at once instead of hanging.
var ErrNoStdin = errors.New("stdin is not available: this client does not accept input (allow_stdin is false); pass values in code or parameters instead")

// cellIO is the IO of one execute request: it publishes with the request
// as parent. It stays usable after the cell ends so output from goroutines
// the cell started still reaches the notebook.
type cellIO struct {
	k          *Kernel
	parent     *protocol.Message
	count      int
	silent     bool
	allowStdin bool

	mu      sync.Mutex
	name    string // stream being buffered
	buf     strings.Builder
	timer   *time.Timer
	stdinMu sync.Mutex
	payload []any
}

// Page adds a "page" payload to the execute reply.
func (c *cellIO) Page(data MIMEBundle) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.payload = append(c.payload, map[string]any{"source": "page", "data": data, "start": 0})
}

func (c *cellIO) payloads() []any {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]any{}, c.payload...)
}

func newCellIO(k *Kernel, parent *protocol.Message, count int, silent, allowStdin bool) *cellIO {
	return &cellIO{k: k, parent: parent, count: count, silent: silent, allowStdin: allowStdin}
}

func (c *cellIO) ExecutionCount() int { return c.count }

func (c *cellIO) Stream(name, text string) {
	if c.silent || text == "" {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.name != name && c.buf.Len() > 0 {
		c.flushLocked()
	}
	c.name = name
	c.buf.WriteString(text)
	if c.buf.Len() > 1<<20 {
		c.flushLocked()
		return
	}
	if c.timer == nil {
		c.timer = time.AfterFunc(flushInterval, c.flush)
	}
}

func (c *cellIO) flush() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.flushLocked()
}

func (c *cellIO) flushLocked() {
	if c.timer != nil {
		c.timer.Stop()
		c.timer = nil
	}
	if c.buf.Len() == 0 {
		return
	}
	c.k.publish(c.parent, "stream", map[string]any{"name": c.name, "text": c.buf.String()})
	c.buf.Reset()
}

func (c *cellIO) Display(data, metadata MIMEBundle, displayID string, update bool) {
	if c.silent {
		return
	}
	if metadata == nil {
		metadata = MIMEBundle{}
	}
	if data == nil {
		data = MIMEBundle{}
	}
	content := map[string]any{"data": data, "metadata": metadata, "transient": map[string]any{}}
	if displayID != "" {
		content["transient"] = map[string]any{"display_id": displayID}
	}
	msgType := "display_data"
	if update {
		msgType = "update_display_data"
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.flushLocked()
	c.k.publish(c.parent, msgType, content)
}

func (c *cellIO) ClearOutput(wait bool) {
	if c.silent {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.flushLocked()
	c.k.publish(c.parent, "clear_output", map[string]any{"wait": wait})
}

// Input sends input_request on stdin to the requester and waits for the
// input_reply, or for an interrupt.
func (c *cellIO) Input(ctx context.Context, prompt string, password bool) (string, error) {
	if !c.allowStdin {
		return "", ErrNoStdin
	}
	c.flush()
	c.stdinMu.Lock()
	defer c.stdinMu.Unlock()
	in := c.k.tr.Incoming(protocol.Stdin)
	// Drop stale replies (e.g. to a request an interrupt abandoned).
	for len(in) > 0 {
		<-in
	}
	req := protocol.Reply(c.parent, "input_request", c.k.session, map[string]any{"prompt": prompt, "password": password})
	if err := c.k.tr.Send(protocol.Stdin, req); err != nil {
		return "", err
	}
	for {
		select {
		case <-ctx.Done():
			return "", ctx.Err()
		case m, ok := <-in:
			if !ok {
				return "", errors.New("stdin channel closed")
			}
			if m.Header.MsgType != "input_reply" {
				continue
			}
			var rep struct {
				Value string `json:"value"`
			}
			if err := m.Decode(&rep); err != nil {
				return "", err
			}
			return rep.Value, nil
		}
	}
}

func (c *cellIO) close() { c.flush() }

// discardIO drops all output; it serves user_expressions.
type discardIO struct{}

func (discardIO) Stream(string, string)                        {}
func (discardIO) Display(MIMEBundle, MIMEBundle, string, bool) {}
func (discardIO) ClearOutput(bool)                             {}
func (discardIO) ExecutionCount() int                          { return 0 }
func (discardIO) Input(context.Context, string, bool) (string, error) {
	return "", ErrNoStdin
}
