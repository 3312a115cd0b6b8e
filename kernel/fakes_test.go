package kernel

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/spargo-kernel/spargo/protocol"
)

const waitTimeout = 5 * time.Second

// sent is one message the kernel handed to the transport, in global order.
type sent struct {
	ch      protocol.Channel
	m       *protocol.Message
	content map[string]any
}

func (s sent) msgType() string  { return s.m.Header.MsgType }
func (s sent) parentID() string { return s.m.ParentHeader().MsgID }

// fakeTransport is an in-memory kernel.Transport: tests feed Incoming
// channels, and Send records every message (after a real Encode/Decode so
// the messages are known to be valid on the wire).
type fakeTransport struct {
	signer *protocol.Signer
	in     map[protocol.Channel]chan *protocol.Message

	mu       sync.Mutex
	log      []sent
	closed   bool
	closes   int
	sendErrs []error
	notify   chan struct{}
}

func newFakeTransport(t *testing.T) *fakeTransport {
	signer, err := protocol.NewSigner("hmac-sha256", []byte("test-key"))
	if err != nil {
		t.Fatal(err)
	}
	ft := &fakeTransport{signer: signer, in: map[protocol.Channel]chan *protocol.Message{}, notify: make(chan struct{}, 1)}
	for _, ch := range []protocol.Channel{protocol.Shell, protocol.Control, protocol.Stdin} {
		ft.in[ch] = make(chan *protocol.Message, 64)
	}
	return ft
}

func (ft *fakeTransport) Incoming(ch protocol.Channel) <-chan *protocol.Message { return ft.in[ch] }

func (ft *fakeTransport) Send(ch protocol.Channel, m *protocol.Message) error {
	frames, err := ft.signer.Encode(m)
	if err == nil {
		m, err = ft.signer.Decode(frames)
	}
	ft.mu.Lock()
	defer ft.mu.Unlock()
	if err != nil {
		ft.sendErrs = append(ft.sendErrs, err)
		return err
	}
	if ft.closed {
		return errors.New("fake transport closed")
	}
	var c map[string]any
	if err := json.Unmarshal(m.Content, &c); err != nil {
		ft.sendErrs = append(ft.sendErrs, fmt.Errorf("%s content is not a JSON object: %s", m.Header.MsgType, m.Content))
	}
	ft.log = append(ft.log, sent{ch: ch, m: m, content: c})
	select {
	case ft.notify <- struct{}{}:
	default:
	}
	return nil
}

func (ft *fakeTransport) Close() {
	ft.mu.Lock()
	defer ft.mu.Unlock()
	ft.closes++
	if ft.closed {
		return
	}
	ft.closed = true
	for _, c := range ft.in {
		close(c)
	}
}

func (ft *fakeTransport) isClosed() bool {
	ft.mu.Lock()
	defer ft.mu.Unlock()
	return ft.closed
}

func (ft *fakeTransport) snapshot() []sent {
	ft.mu.Lock()
	defer ft.mu.Unlock()
	return append([]sent(nil), ft.log...)
}

// waitFor polls the sent log until pred holds, failing after waitTimeout.
func (ft *fakeTransport) waitFor(t *testing.T, what string, pred func([]sent) bool) []sent {
	t.Helper()
	deadline := time.After(waitTimeout)
	for {
		log := ft.snapshot()
		if pred(log) {
			return log
		}
		select {
		case <-ft.notify:
		case <-time.After(10 * time.Millisecond):
		case <-deadline:
			t.Fatalf("timed out waiting for %s; sent:\n%s", what, dump(log))
		}
	}
}

// forParent returns the messages whose parent is req, in order.
func forParent(log []sent, req *protocol.Message) []sent {
	var out []sent
	for _, s := range log {
		if s.parentID() == req.Header.MsgID {
			out = append(out, s)
		}
	}
	return out
}

func isIdleFor(s sent, req *protocol.Message) bool {
	return s.ch == protocol.IOPub && s.msgType() == "status" && s.content["execution_state"] == "idle" && s.parentID() == req.Header.MsgID
}

// waitDone waits for the idle status of req and returns the messages with
// req as parent.
func (ft *fakeTransport) waitDone(t *testing.T, req *protocol.Message) []sent {
	t.Helper()
	log := ft.waitFor(t, "idle for "+req.Header.MsgType, func(log []sent) bool {
		for _, s := range log {
			if isIdleFor(s, req) {
				return true
			}
		}
		return false
	})
	return forParent(log, req)
}

// waitReply waits for the reply of type msgType to req and returns it.
func (ft *fakeTransport) waitReply(t *testing.T, req *protocol.Message, msgType string) sent {
	t.Helper()
	var r sent
	ft.waitFor(t, msgType, func(log []sent) bool {
		for _, s := range forParent(log, req) {
			if s.msgType() == msgType && s.ch != protocol.IOPub {
				r = s
				return true
			}
		}
		return false
	})
	return r
}

func dump(log []sent) string {
	var b strings.Builder
	for _, s := range log {
		fmt.Fprintf(&b, "  %-7s %-20s parent=%.8s %s\n", s.ch, s.msgType(), s.parentID(), s.m.Content)
	}
	return b.String()
}

// types lists "channel:msg_type[:state]" for compact order assertions.
func types(log []sent) []string {
	var out []string
	for _, s := range log {
		name := s.ch.String() + ":" + s.msgType()
		if st, ok := s.content["execution_state"].(string); ok {
			name += ":" + st
		}
		out = append(out, name)
	}
	return out
}

func ofType(log []sent, msgType string) []sent {
	var out []sent
	for _, s := range log {
		if s.msgType() == msgType {
			out = append(out, s)
		}
	}
	return out
}

var reqCounter struct {
	sync.Mutex
	n int
}

// request builds a client request with a routing identity.
func request(msgType string, content any) *protocol.Message {
	reqCounter.Lock()
	reqCounter.n++
	n := reqCounter.n
	reqCounter.Unlock()
	h := protocol.NewHeader(msgType, "client-session", "tester")
	h.MsgID = fmt.Sprintf("req-%d-%s", n, msgType)
	b, err := json.Marshal(content)
	if err != nil {
		panic(err)
	}
	return &protocol.Message{
		Identities: [][]byte{[]byte(fmt.Sprintf("client-%d", n))},
		Header:     h,
		Parent:     json.RawMessage("{}"),
		Metadata:   map[string]any{},
		Content:    b,
	}
}

func executeReq(code string, extra map[string]any) *protocol.Message {
	c := map[string]any{"code": code, "silent": false, "store_history": true, "allow_stdin": false, "stop_on_error": true, "user_expressions": map[string]any{}}
	for k, v := range extra {
		c[k] = v
	}
	return request("execute_request", c)
}

// fakeInterp runs scripted cells; the code names the behaviour:
//
//	ok           nothing
//	result       returns text/plain "42"
//	fail         *ExecError Boom
//	plainerr     errors.New with two lines
//	block        signals started, waits for ctx, returns ctx.Err()
//	stream:N     N small Stream calls on stdout
//	mixed        stdout, stderr, stdout, display, stdout
//	input        reads a line with Input and streams it
//	panic        panics
type fakeInterp struct {
	started chan string // receives the code of each "block" cell

	mu    sync.Mutex
	codes []string
	ctxs  []context.Context
}

func newFakeInterp() *fakeInterp { return &fakeInterp{started: make(chan string, 16)} }

func (f *fakeInterp) executed() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]string(nil), f.codes...)
}

func (f *fakeInterp) Execute(ctx context.Context, code string, io IO) (MIMEBundle, error) {
	f.mu.Lock()
	f.codes = append(f.codes, code)
	f.ctxs = append(f.ctxs, ctx)
	f.mu.Unlock()
	var n int
	if _, err := fmt.Sscanf(code, "stream:%d", &n); err == nil {
		for i := 0; i < n; i++ {
			io.Stream("stdout", fmt.Sprintf("line %d\n", i))
		}
		return nil, nil
	}
	switch code {
	case "result":
		io.Stream("stdout", "computing\n")
		return MIMEBundle{"text/plain": "42"}, nil
	case "fail":
		io.Stream("stdout", "before failing\n")
		return nil, &ExecError{Name: "Boom", Value: "it broke", Traceback: []string{"trace 1", "trace 2"}}
	case "plainerr":
		return nil, errors.New("first line\nsecond line")
	case "block":
		f.started <- code
		<-ctx.Done()
		return nil, ctx.Err()
	case "mixed":
		io.Stream("stdout", "a")
		io.Stream("stdout", "b")
		io.Stream("stderr", "c")
		io.Stream("stdout", "d")
		io.Display(MIMEBundle{"text/plain": "shown"}, nil, "disp-1", false)
		io.Stream("stdout", "e")
		io.Display(MIMEBundle{"text/plain": "updated"}, nil, "disp-1", true)
		io.ClearOutput(true)
		return nil, nil
	case "input":
		s, err := io.Input(ctx, "name? ", false)
		if err != nil {
			return nil, err
		}
		io.Stream("stdout", "hello "+s)
		return nil, nil
	case "display-nil":
		io.Display(nil, nil, "", false)
		return nil, nil
	case "count":
		return MIMEBundle{"text/plain": fmt.Sprint(io.ExecutionCount())}, nil
	case "panic":
		panic("interpreter exploded")
	}
	return nil, nil
}

func (f *fakeInterp) Complete(code string, cursor int) Completion {
	if code == "none" {
		return Completion{}
	}
	return Completion{Matches: []string{"Println", "Printf"}, CursorStart: cursor - 5, CursorEnd: cursor}
}

func (f *fakeInterp) Inspect(code string, cursor, detail int) (MIMEBundle, bool) {
	if code == "none" {
		return nil, false
	}
	return MIMEBundle{"text/plain": "func Println(a ...any)"}, true
}

func (f *fakeInterp) IsComplete(code string) (string, string) {
	if strings.HasSuffix(code, "{") {
		return "incomplete", "\t"
	}
	return "complete", ""
}

type logBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *logBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// harness is a kernel running over fakes.
type harness struct {
	k      *Kernel
	tr     *fakeTransport
	interp *fakeInterp
	logs   *logBuffer
	cancel context.CancelFunc
	done   chan struct{} // closed when Run returns
	result bool          // Run's result, valid after done
}

type harnessOpt func(*harness, *Info, **History)

func withHistory(h *History) harnessOpt {
	return func(_ *harness, _ *Info, hp **History) { *hp = h }
}

func withInfo(info Info) harnessOpt {
	return func(_ *harness, ip *Info, _ **History) { *ip = info }
}

func testInfo() Info {
	return Info{
		Implementation: "spargo", Version: Version, Banner: "spargo test",
		LanguageInfo: map[string]any{"name": "go", "mimetype": "text/x-go", "file_extension": ".go", "codemirror_mode": "go"},
	}
}

// newHarness builds a kernel; call start to Run it (tests that need
// requests queued before Run feed h.tr.in first).
func newHarness(t *testing.T, opts ...harnessOpt) *harness {
	h := &harness{tr: newFakeTransport(t), interp: newFakeInterp(), logs: &logBuffer{}, done: make(chan struct{})}
	info := testInfo()
	var hist *History
	for _, o := range opts {
		o(h, &info, &hist)
	}
	h.k = New(h.tr, h.interp, info, hist, log.New(h.logs, "", 0))
	return h
}

func (h *harness) start(t *testing.T) *harness {
	ctx, cancel := context.WithCancel(context.Background())
	h.cancel = cancel
	go func() { h.result = h.k.Run(ctx); close(h.done) }()
	t.Cleanup(func() {
		cancel()
		select {
		case <-h.done:
		case <-time.After(waitTimeout):
			t.Error("Run did not return after its context was cancelled")
		}
		h.checkSendErrors(t)
	})
	return h
}

func startKernel(t *testing.T, opts ...harnessOpt) *harness {
	return newHarness(t, opts...).start(t)
}

func (h *harness) checkSendErrors(t *testing.T) {
	h.tr.mu.Lock()
	defer h.tr.mu.Unlock()
	for _, err := range h.tr.sendErrs {
		t.Errorf("kernel sent an invalid message: %v", err)
	}
}

func (h *harness) send(ch protocol.Channel, m *protocol.Message) *protocol.Message {
	h.tr.in[ch] <- m
	return m
}

// waitRun waits for Run to return and reports its result.
func (h *harness) waitRun(t *testing.T) bool {
	t.Helper()
	select {
	case <-h.done:
		return h.result
	case <-time.After(waitTimeout):
		t.Fatal("Run did not return")
	}
	return false
}

// run sends req on shell and waits until its idle status.
func (h *harness) run(t *testing.T, req *protocol.Message) []sent {
	t.Helper()
	h.send(protocol.Shell, req)
	return h.tr.waitDone(t, req)
}

func replyOf(t *testing.T, msgs []sent, msgType string) sent {
	t.Helper()
	for _, s := range msgs {
		if s.msgType() == msgType && s.ch != protocol.IOPub {
			return s
		}
	}
	t.Fatalf("no %s in:\n%s", msgType, dump(msgs))
	return sent{}
}

func num(v any) int {
	f, _ := v.(float64)
	return int(f)
}
