package protocol

import (
	"context"
	"errors"
	"fmt"
	"log"
	"sync"
	"time"

	"github.com/go-zeromq/zmq4"
)

// Channel names one of the kernel's sockets.
type Channel int

// The kernel's channels. Heartbeat is served inside the transport.
const (
	Shell Channel = iota
	Control
	Stdin
	IOPub
)

func (c Channel) String() string {
	return [...]string{"shell", "control", "stdin", "iopub"}[c]
}

// Transport owns the kernel's ZeroMQ sockets. Each socket has one goroutine
// that sends (fed by a channel) and, for ROUTER sockets, one that receives;
// no other code touches a socket. Bad messages are logged and dropped here,
// so the core only ever sees verified, well-formed messages.
type Transport struct {
	signer  *Signer
	log     *log.Logger
	in      map[Channel]chan *Message
	out     map[Channel]chan [][]byte
	sockets []zmq4.Socket
	sendWG  sync.WaitGroup
	cancel  context.CancelFunc
	once    sync.Once
	mu      sync.RWMutex
	quit    chan struct{}
}

// Listen binds all five sockets described by ci and starts their goroutines.
func Listen(ci *ConnectionInfo, logger *log.Logger) (*Transport, error) {
	signer, err := NewSigner(ci.SignatureScheme, []byte(ci.Key))
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithCancel(context.Background())
	t := &Transport{
		signer: signer, log: logger, cancel: cancel, quit: make(chan struct{}),
		in:  map[Channel]chan *Message{},
		out: map[Channel]chan [][]byte{},
	}
	routers := map[Channel]int{Shell: ci.ShellPort, Control: ci.ControlPort, Stdin: ci.StdinPort}
	// All channels exist before any socket goroutine starts reading them.
	for ch := range routers {
		t.in[ch] = make(chan *Message, 64)
		t.out[ch] = make(chan [][]byte, 64)
	}
	t.out[IOPub] = make(chan [][]byte, 1024)
	for ch, port := range routers {
		s := zmq4.NewRouter(ctx, zmq4.WithLogger(logger))
		if err := t.bind(s, ci.Endpoint(port), ch); err != nil {
			t.Close()
			return nil, err
		}
		go t.recvLoop(ch, s)
		t.startSender(ch, s)
	}
	pub := zmq4.NewPub(ctx, zmq4.WithLogger(logger))
	if err := t.bind(pub, ci.Endpoint(ci.IOPubPort), IOPub); err != nil {
		t.Close()
		return nil, err
	}
	t.startSender(IOPub, pub)
	hb := zmq4.NewRep(ctx, zmq4.WithLogger(logger))
	if err := t.bind(hb, ci.Endpoint(ci.HBPort), -1); err != nil {
		t.Close()
		return nil, err
	}
	go t.heartbeat(hb)
	return t, nil
}

func (t *Transport) bind(s zmq4.Socket, ep string, ch Channel) error {
	if err := s.Listen(ep); err != nil {
		name := "heartbeat"
		if ch >= 0 {
			name = ch.String()
		}
		return fmt.Errorf("bind %s socket on %s: %w", name, ep, err)
	}
	t.sockets = append(t.sockets, s)
	return nil
}

func (t *Transport) startSender(ch Channel, s zmq4.Socket) {
	t.sendWG.Add(1)
	go func() { defer t.sendWG.Done(); t.sendLoop(ch, s) }()
}

// Incoming returns the channel of verified messages arriving on ch.
func (t *Transport) Incoming(ch Channel) <-chan *Message { return t.in[ch] }

// Send signs m and queues it on ch. For IOPub the first identity is the
// topic. It never blocks the caller on the network.
func (t *Transport) Send(ch Channel, m *Message) error {
	frames, err := t.signer.Encode(m)
	if err != nil {
		return fmt.Errorf("send %s on %s: %w", m.Header.MsgType, ch, err)
	}
	t.mu.RLock()
	defer t.mu.RUnlock()
	if t.closed() {
		return fmt.Errorf("send %s on %s: transport closed", m.Header.MsgType, ch)
	}
	t.out[ch] <- frames
	return nil
}

func (t *Transport) recvLoop(ch Channel, s zmq4.Socket) {
	defer close(t.in[ch])
	for {
		msg, err := s.Recv()
		if err != nil {
			if errors.Is(err, context.Canceled) || t.closed() {
				return
			}
			t.log.Printf("%s: receive: %v", ch, err)
			continue
		}
		m, err := t.signer.Decode(msg.Frames)
		if err != nil {
			t.log.Printf("%s: dropped message: %v", ch, err)
			continue
		}
		select {
		case t.in[ch] <- m:
		case <-t.quit:
			return
		}
	}
}

func (t *Transport) sendLoop(ch Channel, s zmq4.Socket) {
	for frames := range t.out[ch] {
		if err := s.SendMulti(zmq4.NewMsgFrom(frames...)); err != nil && !t.closed() {
			t.log.Printf("%s: send: %v", ch, err)
		}
	}
}

func (t *Transport) heartbeat(s zmq4.Socket) {
	for {
		msg, err := s.Recv()
		if err != nil {
			if t.closed() {
				return
			}
			time.Sleep(10 * time.Millisecond) // don't spin on a broken peer
			continue
		}
		if err := s.Send(msg); err != nil && !t.closed() {
			t.log.Printf("heartbeat: %v", err)
		}
	}
}

func (t *Transport) closed() bool {
	select {
	case <-t.quit:
		return true
	default:
		return false
	}
}

// Close flushes queued outgoing messages (so a shutdown_reply and the final
// idle status reach the client), then closes every socket.
func (t *Transport) Close() {
	t.once.Do(func() {
		t.mu.Lock()
		close(t.quit)
		for _, c := range t.out {
			close(c)
		}
		t.mu.Unlock()
		flushed := make(chan struct{})
		go func() { t.sendWG.Wait(); close(flushed) }()
		select {
		case <-flushed:
		case <-time.After(time.Second):
		}
		time.Sleep(20 * time.Millisecond) // let the last frames leave the socket buffers
		for _, s := range t.sockets {
			_ = s.Close()
		}
		t.cancel()
	})
}
