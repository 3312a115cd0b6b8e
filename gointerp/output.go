package gointerp

import (
	"bytes"
	"os"
	"sync"
	"unicode/utf8"
)

// syncMarker is written into an output pipe to learn when everything
// written before it has been read and forwarded, so streamed text and rich
// output keep their order.
var syncMarker = []byte("\x00\x01spargo-sync\x01\x00")

// pipeStream captures one of the interpreter's standard streams through an
// OS pipe, so fmt, log, println and direct os.Stdout writes are all caught
// (a Go io.Writer would miss writes to the *os.File). One goroutine reads
// the pipe and forwards text to emit.
type pipeStream struct {
	name   string
	r, w   *os.File
	emit   func(name, text string)
	synced chan struct{}
	mu     sync.Mutex // serialises Sync calls
}

func newPipeStream(name string, emit func(name, text string)) (*pipeStream, error) {
	r, w, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	p := &pipeStream{name: name, r: r, w: w, emit: emit, synced: make(chan struct{}, 1)}
	go p.read()
	return p, nil
}

func (p *pipeStream) read() {
	buf := make([]byte, 64<<10)
	var pending []byte
	for {
		n, err := p.r.Read(buf)
		if n > 0 {
			pending = append(pending, buf[:n]...)
			pending = p.forward(pending)
		}
		if err != nil {
			return
		}
	}
}

// forward emits complete text from data, handling sync markers, and
// returns what must wait for more bytes (a partial marker or rune).
func (p *pipeStream) forward(data []byte) []byte {
	for {
		i := bytes.Index(data, syncMarker)
		if i < 0 {
			break
		}
		p.emitText(data[:i])
		data = data[i+len(syncMarker):]
		p.synced <- struct{}{}
	}
	keep := 0
	// Hold back a possible marker prefix at the end.
	for k := min(len(syncMarker)-1, len(data)); k > 0; k-- {
		if bytes.HasSuffix(data, syncMarker[:k]) {
			keep = k
			break
		}
	}
	// Hold back an incomplete UTF-8 sequence so JSON gets valid text.
	end := len(data) - keep
	for j := 1; j <= 3 && j <= end; j++ {
		if r := data[end-j]; r >= 0xC0 {
			if !utf8.FullRune(data[end-j : end]) {
				end -= j
			}
			break
		} else if r < 0x80 {
			break
		}
	}
	p.emitText(data[:end])
	return append([]byte(nil), data[end:]...)
}

func (p *pipeStream) emitText(b []byte) {
	if len(b) > 0 {
		p.emit(p.name, string(b))
	}
}

// Sync returns once all text written before the call has been emitted.
func (p *pipeStream) Sync() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if _, err := p.w.Write(syncMarker); err != nil {
		return
	}
	<-p.synced
}
