package kernel

import (
	"context"
	"log"
	"sync"
	"time"

	"github.com/google/uuid"

	"github.com/spargo-kernel/spargo/protocol"
)

// Transport is what the core needs from the wire layer; protocol.Transport
// implements it, and tests use an in-memory fake.
type Transport interface {
	Incoming(ch protocol.Channel) <-chan *protocol.Message
	Send(ch protocol.Channel, m *protocol.Message) error
	Close()
}

// Info describes the kernel for kernel_info_reply.
type Info struct {
	Implementation string
	Version        string
	Banner         string
	LanguageInfo   map[string]any
	HelpLinks      []map[string]string
}

// Kernel is the core. Create it with New and call Run.
type Kernel struct {
	tr      Transport
	interp  Interpreter
	info    Info
	log     *log.Logger
	session string
	history *History

	// OnShutdown hooks run before the process exits (e.g. stopping child
	// processes such as a Spark server).
	OnShutdown []func()
	// OnInterrupt hooks run (in their own goroutines) when a cell is
	// interrupted, to stop work the cell started elsewhere (Spark jobs).
	// Their context ends when the next cell starts: from then on, work
	// they find may be the new cell's, which they must leave alone.
	OnInterrupt []func(ctx context.Context)

	mu         sync.Mutex
	count      int
	cancelExec context.CancelFunc // interrupts the running cell, if any
	endHooks   context.CancelFunc // ends the OnInterrupt hooks' context

	// failedAt is when a cell last failed with stop_on_error (shell
	// goroutine only).
	failedAt time.Time
	restart  bool
	done     chan struct{}
	once     sync.Once
}

// New makes a kernel over tr that runs code with interp.
func New(tr Transport, interp Interpreter, info Info, hist *History, logger *log.Logger) *Kernel {
	return &Kernel{
		tr: tr, interp: interp, info: info, log: logger, history: hist,
		session: uuid.NewString(), done: make(chan struct{}),
	}
}

// Run serves requests until a shutdown_request arrives or ctx ends. It
// reports whether the client asked for a restart.
func (k *Kernel) Run(ctx context.Context) bool {
	k.publish(nil, "status", map[string]any{"execution_state": "starting"})
	go k.serveControl()
	go k.serveShell()
	select {
	case <-ctx.Done():
		k.finish()
	case <-k.done:
	}
	return k.restart
}

// Interrupt cancels the running cell, if any. It is safe from any goroutine
// (signal handler, control channel).
func (k *Kernel) Interrupt() {
	k.mu.Lock()
	cancel := k.cancelExec
	var hookCtx context.Context
	if cancel != nil {
		if k.endHooks != nil {
			k.endHooks()
		}
		hookCtx, k.endHooks = context.WithCancel(context.Background())
	}
	k.mu.Unlock()
	if cancel != nil {
		cancel()
		for _, f := range k.OnInterrupt {
			go f(hookCtx)
		}
	}
}

// endInterruptHooks tells the hooks of the last interrupt to stop: a cell
// is starting, and what they would find now may be its work.
func (k *Kernel) endInterruptHooks() {
	k.mu.Lock()
	if k.endHooks != nil {
		k.endHooks()
		k.endHooks = nil
	}
	k.mu.Unlock()
}

func (k *Kernel) finish() {
	k.once.Do(func() {
		k.Interrupt()
		for _, f := range k.OnShutdown {
			f()
		}
		if k.history != nil {
			k.history.Close()
		}
		k.tr.Close()
		close(k.done)
	})
}

func (k *Kernel) serveShell() {
	in := k.tr.Incoming(protocol.Shell)
	for m := range in {
		if k.shouldAbort(m) {
			k.abort(m)
			continue
		}
		k.handle(protocol.Shell, m)
	}
}

func (k *Kernel) serveControl() {
	for m := range k.tr.Incoming(protocol.Control) {
		k.handle(protocol.Control, m)
	}
}

// abortWindow is how long after a failed cell execute requests sent
// before the failure may still arrive (decoding lags under load).
const abortWindow = 3 * time.Second

// markFailed records that a cell failed with stop_on_error: execute requests
// the client sent before this moment are aborted. Comparing the request's
// own date (not its arrival) aborts exactly the cells queued before the
// client saw the error, however slowly they arrive.
func (k *Kernel) markFailed() {
	k.failedAt = time.Now()
}

// shouldAbort reports whether m was sent before the last failure.
func (k *Kernel) shouldAbort(m *protocol.Message) bool {
	if m.Header.MsgType != "execute_request" || k.failedAt.IsZero() || time.Since(k.failedAt) > abortWindow {
		return false
	}
	sent, err := time.Parse(time.RFC3339Nano, m.Header.Date)
	return err == nil && sent.Before(k.failedAt)
}

// abort answers an execute request with status "aborted".
func (k *Kernel) abort(m *protocol.Message) {
	k.busy(m, func() {
		k.mu.Lock()
		n := k.count
		k.mu.Unlock()
		k.reply(protocol.Shell, m, "execute_reply", map[string]any{"status": "aborted", "execution_count": n})
	})
}

// handle serves one request with busy/idle around it.
func (k *Kernel) handle(ch protocol.Channel, m *protocol.Message) {
	defer func() {
		if r := recover(); r != nil {
			k.log.Printf("internal error handling %s: %v", m.Header.MsgType, r)
		}
	}()
	switch m.Header.MsgType {
	case "execute_request":
		k.busy(m, func() { k.execute(m) })
	case "kernel_info_request":
		k.busy(m, func() { k.reply(ch, m, "kernel_info_reply", k.kernelInfo()) })
	case "complete_request":
		k.busy(m, func() { k.complete(m) })
	case "inspect_request":
		k.busy(m, func() { k.inspect(m) })
	case "is_complete_request":
		k.busy(m, func() { k.isComplete(m) })
	case "history_request":
		k.busy(m, func() { k.historyRequest(m) })
	case "comm_info_request":
		k.busy(m, func() {
			k.reply(ch, m, "comm_info_reply", map[string]any{"status": "ok", "comms": map[string]any{}})
		})
	case "comm_open":
		k.busy(m, func() { k.commOpen(m) })
	case "comm_msg", "comm_close":
		k.busy(m, func() {}) // no comm targets yet: nothing to do
	case "interrupt_request":
		k.busy(m, func() {
			k.Interrupt()
			k.reply(ch, m, "interrupt_reply", map[string]any{"status": "ok"})
		})
	case "shutdown_request":
		k.shutdown(ch, m)
	default:
		k.log.Printf("%s: ignoring unknown message type %q", ch, m.Header.MsgType)
	}
}

func (k *Kernel) busy(m *protocol.Message, f func()) {
	k.publish(m, "status", map[string]any{"execution_state": "busy"})
	defer k.publish(m, "status", map[string]any{"execution_state": "idle"})
	f()
}

func (k *Kernel) reply(ch protocol.Channel, parent *protocol.Message, msgType string, content any) {
	r := protocol.Reply(parent, msgType, k.session, content)
	if err := k.tr.Send(ch, r); err != nil {
		k.log.Print(err)
	}
}

// publish sends content on IOPub; parent may be nil (e.g. "starting").
func (k *Kernel) publish(parent *protocol.Message, msgType string, content any) {
	k.publishMeta(parent, msgType, content, nil)
}

func (k *Kernel) publishMeta(parent *protocol.Message, msgType string, content any, md map[string]any) {
	var r *protocol.Message
	if parent == nil {
		r = protocol.Reply(&protocol.Message{}, msgType, k.session, content)
		r.Parent = []byte("{}")
	} else {
		r = protocol.Reply(parent, msgType, k.session, content)
	}
	if md != nil {
		r.Metadata = md
	}
	r.Identities = [][]byte{[]byte("kernel." + k.session + "." + msgType)}
	if err := k.tr.Send(protocol.IOPub, r); err != nil {
		k.log.Print(err)
	}
}

func (k *Kernel) shutdown(ch protocol.Channel, m *protocol.Message) {
	var req struct {
		Restart bool `json:"restart"`
	}
	_ = m.Decode(&req)
	k.restart = req.Restart
	k.busy(m, func() {
		k.reply(ch, m, "shutdown_reply", map[string]any{"status": "ok", "restart": req.Restart})
	})
	k.finish()
}

func (k *Kernel) commOpen(m *protocol.Message) {
	var req struct {
		CommID string `json:"comm_id"`
	}
	_ = m.Decode(&req)
	// No comm targets are registered: close the comm so the frontend knows.
	k.publish(m, "comm_close", map[string]any{"comm_id": req.CommID, "data": map[string]any{}})
}
