package gointerp

import (
	"context"
	"strings"
	"sync"

	"github.com/spargo-kernel/spargo/kernel"
)

// event is one call a cell made on its IO, in order.
type event struct {
	kind    string // "stream", "display", "clear", "input"
	name    string // stream name
	text    string // stream text, input prompt
	data    kernel.MIMEBundle
	md      kernel.MIMEBundle
	id      string
	update  bool
	wait    bool
	passwd  bool
	inputOK bool
}

// fakeIO records everything a cell does with its kernel.IO. Input returns
// the scripted lines in order, then kernel.ErrNoStdin.
type fakeIO struct {
	mu     sync.Mutex
	events []event
	lines  []string
	count  int
}

var _ kernel.IO = (*fakeIO)(nil)

func newFakeIO(lines ...string) *fakeIO { return &fakeIO{lines: lines, count: 1} }

func (f *fakeIO) Stream(name, text string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.events = append(f.events, event{kind: "stream", name: name, text: text})
}

func (f *fakeIO) Display(data, md kernel.MIMEBundle, id string, update bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.events = append(f.events, event{kind: "display", data: data, md: md, id: id, update: update})
}

func (f *fakeIO) ClearOutput(wait bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.events = append(f.events, event{kind: "clear", wait: wait})
}

func (f *fakeIO) Input(ctx context.Context, prompt string, password bool) (string, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.lines) == 0 {
		f.events = append(f.events, event{kind: "input", text: prompt, passwd: password})
		return "", kernel.ErrNoStdin
	}
	l := f.lines[0]
	f.lines = f.lines[1:]
	f.events = append(f.events, event{kind: "input", text: prompt, passwd: password, inputOK: true})
	return l, nil
}

func (f *fakeIO) ExecutionCount() int { return f.count }

// stream returns all text written to the named stream, in order.
func (f *fakeIO) stream(name string) string {
	f.mu.Lock()
	defer f.mu.Unlock()
	var b strings.Builder
	for _, e := range f.events {
		if e.kind == "stream" && e.name == name {
			b.WriteString(e.text)
		}
	}
	return b.String()
}

// merged returns the events with consecutive stream events of the same
// stream joined, so tests do not depend on how text was chunked.
func (f *fakeIO) merged() []event {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []event
	for _, e := range f.events {
		if n := len(out); n > 0 && e.kind == "stream" && out[n-1].kind == "stream" && out[n-1].name == e.name {
			out[n-1].text += e.text
			continue
		}
		out = append(out, e)
	}
	return out
}

// kinds summarises merged events as "stream:stdout:a\n", "display", ...
func (f *fakeIO) kinds() []string {
	var out []string
	for _, e := range f.merged() {
		switch e.kind {
		case "stream":
			out = append(out, "stream:"+e.name+":"+e.text)
		default:
			out = append(out, e.kind)
		}
	}
	return out
}
