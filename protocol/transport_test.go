package protocol

import (
	"bytes"
	"context"
	"encoding/json"
	"log"
	"net"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/go-zeromq/zmq4"
)

const ioTimeout = 5 * time.Second

// lockedBuffer collects log output from transport goroutines safely (a
// testing.T must not be logged to after the test ends).
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func freePorts(t *testing.T, n int) []int {
	t.Helper()
	var ls []net.Listener
	var ports []int
	for i := 0; i < n; i++ {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatalf("free port: %v", err)
		}
		ls = append(ls, l)
		ports = append(ports, l.Addr().(*net.TCPAddr).Port)
	}
	for _, l := range ls {
		l.Close()
	}
	return ports
}

// recvAsync receives from s in a goroutine; the channel yields each message
// (or is closed when the socket fails, e.g. after Close).
func recvAsync(s zmq4.Socket) <-chan zmq4.Msg {
	ch := make(chan zmq4.Msg, 16)
	go func() {
		defer close(ch)
		for {
			m, err := s.Recv()
			if err != nil {
				return
			}
			ch <- m
		}
	}()
	return ch
}

func waitMsg(t *testing.T, ch <-chan zmq4.Msg, what string) zmq4.Msg {
	t.Helper()
	select {
	case m, ok := <-ch:
		if !ok {
			t.Fatalf("%s: socket closed", what)
		}
		return m
	case <-time.After(ioTimeout):
		t.Fatalf("%s: timed out", what)
	}
	return zmq4.Msg{}
}

func waitIncoming(t *testing.T, ch <-chan *Message, what string) *Message {
	t.Helper()
	select {
	case m, ok := <-ch:
		if !ok {
			t.Fatalf("%s: incoming channel closed", what)
		}
		return m
	case <-time.After(ioTimeout):
		t.Fatalf("%s: timed out", what)
	}
	return nil
}

type transportEnv struct {
	ci     *ConnectionInfo
	tr     *Transport
	signer *Signer
	logs   *lockedBuffer
	ctx    context.Context
}

func startTransport(t *testing.T, ci *ConnectionInfo) *transportEnv {
	t.Helper()
	logs := &lockedBuffer{}
	tr, err := Listen(ci, log.New(logs, "", 0))
	if err != nil {
		t.Fatalf("Listen: %v", err)
	}
	t.Cleanup(tr.Close)
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	signer, err := NewSigner(ci.SignatureScheme, []byte(ci.Key))
	if err != nil {
		t.Fatal(err)
	}
	return &transportEnv{ci: ci, tr: tr, signer: signer, logs: logs, ctx: ctx}
}

func (e *transportEnv) dial(t *testing.T, s zmq4.Socket, port int) zmq4.Socket {
	t.Helper()
	if err := s.Dial(e.ci.Endpoint(port)); err != nil {
		t.Fatalf("dial %s: %v", e.ci.Endpoint(port), err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func (e *transportEnv) request(t *testing.T, msgType string, content any) (*Message, [][]byte) {
	t.Helper()
	m := &Message{Header: NewHeader(msgType, "client-session", "tester"), Content: mustJSON(content)}
	frames, err := e.signer.Encode(m)
	if err != nil {
		t.Fatal(err)
	}
	return m, frames
}

func tcpConnectionInfo(t *testing.T) *ConnectionInfo {
	p := freePorts(t, 5)
	return &ConnectionInfo{
		Transport: "tcp", IP: "127.0.0.1",
		ShellPort: p[0], ControlPort: p[1], StdinPort: p[2], IOPubPort: p[3], HBPort: p[4],
		Key: "a0436f6c-1916-498b-8eb9-e81ab9368e84", SignatureScheme: "hmac-sha256", KernelName: "go",
	}
}

func TestTransportLoopback(t *testing.T) {
	e := startTransport(t, tcpConnectionInfo(t))

	dealer := e.dial(t, zmq4.NewDealer(e.ctx, zmq4.WithID(zmq4.SocketIdentity("client-1"))), e.ci.ShellPort)
	sub := e.dial(t, zmq4.NewSub(e.ctx), e.ci.IOPubPort)
	if err := sub.SetOption(zmq4.OptionSubscribe, ""); err != nil {
		t.Fatal(err)
	}
	hb := e.dial(t, zmq4.NewReq(e.ctx), e.ci.HBPort)
	fromShell := recvAsync(dealer)
	fromIOPub := recvAsync(sub)

	// Shell request arrives verified, with the dealer's routing identity.
	req, frames := e.request(t, "kernel_info_request", nil)
	if err := dealer.SendMulti(zmq4.NewMsgFrom(frames...)); err != nil {
		t.Fatal(err)
	}
	got := waitIncoming(t, e.tr.Incoming(Shell), "shell request")
	if got.Header != req.Header {
		t.Fatalf("received header %+v, want %+v", got.Header, req.Header)
	}
	if len(got.Identities) != 1 || string(got.Identities[0]) != "client-1" {
		t.Fatalf("identities = %q, want [client-1]", got.Identities)
	}

	// A reply routes back to the dealer and is correctly signed.
	if err := e.tr.Send(Shell, Reply(got, "kernel_info_reply", "kernel-session", map[string]any{"status": "ok"})); err != nil {
		t.Fatal(err)
	}
	rep := waitMsg(t, fromShell, "shell reply")
	rm, err := e.signer.Decode(rep.Frames)
	if err != nil {
		t.Fatalf("decode reply: %v (frames %q)", err, rep.Frames)
	}
	if rm.Header.MsgType != "kernel_info_reply" || rm.ParentHeader().MsgID != req.Header.MsgID {
		t.Fatalf("reply = %+v parent %+v", rm.Header, rm.ParentHeader())
	}

	// Heartbeat echoes bytes.
	ping := []byte("ping-\x00-\xff")
	if err := hb.Send(zmq4.NewMsg(ping)); err != nil {
		t.Fatal(err)
	}
	pong := make(chan zmq4.Msg, 1)
	go func() {
		if m, err := hb.Recv(); err == nil {
			pong <- m
		}
	}()
	select {
	case m := <-pong:
		if len(m.Frames) != 1 || !bytes.Equal(m.Frames[0], ping) {
			t.Fatalf("heartbeat echo = %q", m.Frames)
		}
	case <-time.After(ioTimeout):
		t.Fatal("heartbeat: no echo")
	}

	// IOPub: the SUB may join late, so publish until one message arrives.
	topic := []byte("kernel.kernel-session.status")
	deadline := time.After(ioTimeout)
	var pub zmq4.Msg
	for pub.Frames == nil {
		st := Reply(got, "status", "kernel-session", map[string]any{"execution_state": "idle"})
		st.Identities = [][]byte{topic}
		if err := e.tr.Send(IOPub, st); err != nil {
			t.Fatal(err)
		}
		select {
		case pub = <-fromIOPub:
		case <-time.After(50 * time.Millisecond):
		case <-deadline:
			t.Fatal("iopub: nothing received")
		}
	}
	if !bytes.Equal(pub.Frames[0], topic) {
		t.Errorf("iopub topic frame = %q, want %q", pub.Frames[0], topic)
	}
	if pm, err := e.signer.Decode(pub.Frames); err != nil || pm.Header.MsgType != "status" {
		t.Errorf("iopub message: %v %+v", err, pm)
	}

	// A forged signature is dropped: nothing arrives, the transport lives on.
	_, forged := e.request(t, "execute_request", map[string]any{"code": "evil"})
	d := delimIndex(t, forged)
	forged[d+1] = bytes.Repeat([]byte("0"), len(forged[d+1]))
	if err := dealer.SendMulti(zmq4.NewMsgFrom(forged...)); err != nil {
		t.Fatal(err)
	}
	// Bad framing too.
	if err := dealer.SendMulti(zmq4.NewMsgFrom([]byte("no delimiter here"))); err != nil {
		t.Fatal(err)
	}
	select {
	case m := <-e.tr.Incoming(Shell):
		t.Fatalf("forged/malformed message was delivered: %+v", m.Header)
	case <-time.After(300 * time.Millisecond):
	}
	good, frames := e.request(t, "execute_request", map[string]any{"code": "good"})
	if err := dealer.SendMulti(zmq4.NewMsgFrom(frames...)); err != nil {
		t.Fatal(err)
	}
	if m := waitIncoming(t, e.tr.Incoming(Shell), "good message after forged"); m.Header != good.Header {
		t.Fatalf("got %+v, want %+v", m.Header, good.Header)
	}
	if logs := e.logs.String(); !strings.Contains(logs, "dropped") {
		t.Errorf("dropped messages were not logged; log:\n%s", logs)
	}

	// Close returns promptly, closes Incoming and refuses further sends.
	start := time.Now()
	e.tr.Close()
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("Close took %v", d)
	}
	e.tr.Close() // idempotent
	for _, ch := range []Channel{Shell, Control, Stdin} {
		select {
		case _, ok := <-e.tr.Incoming(ch):
			if ok {
				t.Errorf("%s: unexpected message after Close", ch)
			}
		case <-time.After(ioTimeout):
			t.Errorf("%s: Incoming not closed after Close", ch)
		}
	}
	if err := e.tr.Send(Shell, Reply(got, "x", "s", nil)); err == nil {
		t.Error("Send after Close succeeded")
	}
}

func TestTransportControlAndStdin(t *testing.T) {
	e := startTransport(t, tcpConnectionInfo(t))
	for _, tc := range []struct {
		ch   Channel
		port int
	}{{Control, e.ci.ControlPort}, {Stdin, e.ci.StdinPort}} {
		d := e.dial(t, zmq4.NewDealer(e.ctx, zmq4.WithID(zmq4.SocketIdentity("c-"+tc.ch.String()))), tc.port)
		replies := recvAsync(d)
		req, frames := e.request(t, tc.ch.String()+"_request", nil)
		if err := d.SendMulti(zmq4.NewMsgFrom(frames...)); err != nil {
			t.Fatal(err)
		}
		got := waitIncoming(t, e.tr.Incoming(tc.ch), tc.ch.String())
		if got.Header != req.Header {
			t.Fatalf("%s: header %+v", tc.ch, got.Header)
		}
		if err := e.tr.Send(tc.ch, Reply(got, tc.ch.String()+"_reply", "k", map[string]any{"status": "ok"})); err != nil {
			t.Fatal(err)
		}
		rm, err := e.signer.Decode(waitMsg(t, replies, tc.ch.String()+" reply").Frames)
		if err != nil || rm.ParentHeader().MsgID != req.Header.MsgID {
			t.Fatalf("%s reply: %v %+v", tc.ch, err, rm)
		}
	}
}

func TestTransportIPC(t *testing.T) {
	dir := t.TempDir()
	ci := &ConnectionInfo{Transport: "ipc", IP: filepath.Join(dir, "kernel"),
		ShellPort: 1, ControlPort: 2, StdinPort: 3, IOPubPort: 4, HBPort: 5, Key: "k", SignatureScheme: "hmac-sha512"}
	e := startTransport(t, ci)
	hb := e.dial(t, zmq4.NewReq(e.ctx), ci.HBPort)
	if err := hb.Send(zmq4.NewMsgString("beat")); err != nil {
		t.Fatal(err)
	}
	if m := waitMsg(t, recvAsync(hb), "ipc heartbeat"); string(m.Frames[0]) != "beat" {
		t.Fatalf("echo = %q", m.Frames)
	}
	dealer := e.dial(t, zmq4.NewDealer(e.ctx, zmq4.WithID(zmq4.SocketIdentity("ipc-client"))), ci.ShellPort)
	req, frames := e.request(t, "kernel_info_request", map[string]any{})
	if err := dealer.SendMulti(zmq4.NewMsgFrom(frames...)); err != nil {
		t.Fatal(err)
	}
	if got := waitIncoming(t, e.tr.Incoming(Shell), "ipc shell"); got.Header != req.Header {
		t.Fatalf("header %+v", got.Header)
	}
}

func TestListenErrors(t *testing.T) {
	ci := tcpConnectionInfo(t)
	ci.SignatureScheme = "hmac-md5"
	if _, err := Listen(ci, log.New(&lockedBuffer{}, "", 0)); err == nil {
		t.Error("Listen accepted an unsupported signature scheme")
	}

	// A port already taken makes Listen fail with an error naming it.
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	ci = tcpConnectionInfo(t)
	ci.HBPort = l.Addr().(*net.TCPAddr).Port
	tr, err := Listen(ci, log.New(&lockedBuffer{}, "", 0))
	if err == nil {
		tr.Close()
		t.Fatal("Listen succeeded on a busy port")
	}
	if !strings.Contains(err.Error(), "heartbeat") {
		t.Errorf("error %q does not name the heartbeat socket", err)
	}
}

// Content sent over the wire is what the receiver decodes.
func TestTransportContentIntact(t *testing.T) {
	e := startTransport(t, tcpConnectionInfo(t))
	dealer := e.dial(t, zmq4.NewDealer(e.ctx, zmq4.WithID(zmq4.SocketIdentity("c"))), e.ci.ShellPort)
	content := map[string]any{"code": "fmt.Println(\"héllo 世界\")\n", "silent": false}
	_, frames := e.request(t, "execute_request", content)
	frames = append(frames, []byte{0, 1, 2})
	if err := dealer.SendMulti(zmq4.NewMsgFrom(frames...)); err != nil {
		t.Fatal(err)
	}
	got := waitIncoming(t, e.tr.Incoming(Shell), "shell")
	var c map[string]any
	if err := json.Unmarshal(got.Content, &c); err != nil || c["code"] != content["code"] {
		t.Fatalf("content = %s (%v)", got.Content, err)
	}
	if len(got.Buffers) != 1 || !bytes.Equal(got.Buffers[0], []byte{0, 1, 2}) {
		t.Fatalf("buffers = %q", got.Buffers)
	}
}
