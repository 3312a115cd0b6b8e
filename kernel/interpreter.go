// Package kernel is the kernel core: it dispatches requests from the
// transport, publishes busy/idle, counts executions, keeps history, answers
// comm and control requests, and aborts queued cells after an error. It
// executes nothing itself: code goes to an Interpreter.
package kernel

import (
	"context"
	"errors"
	"strings"
)

// Interpreter runs cells. It is deliberately small so the core can be tested
// with a fake, and magics can wrap a language interpreter.
type Interpreter interface {
	// Execute runs code. Output goes to io while it runs; the returned
	// MIME bundle (may be nil) becomes the execute_result. An *ExecError
	// (or any error) becomes the cell's error output.
	Execute(ctx context.Context, code string, io IO) (MIMEBundle, error)
	// Complete returns matches for the code point offset cursor.
	Complete(code string, cursor int) Completion
	// Inspect returns documentation for the name at cursor, if any.
	Inspect(code string, cursor, detail int) (MIMEBundle, bool)
	// IsComplete reports "complete", "incomplete", "invalid" or "unknown",
	// with an indent for the next line when incomplete.
	IsComplete(code string) (status, indent string)
}

// MIMEBundle maps MIME types to data. text/plain should always be present.
type MIMEBundle = map[string]any

// Completion is the result of a completion request. Offsets count Unicode
// code points, as the protocol requires.
type Completion struct {
	Matches     []string
	CursorStart int
	CursorEnd   int
	Metadata    map[string]any
}

// IO is what a running cell can do besides computing: stream text, publish
// rich output, and ask the user for input.
type IO interface {
	// Stream appends text to the "stdout" or "stderr" stream; it is
	// batched and flushed in order with other outputs.
	Stream(name, text string)
	// Display publishes display_data, or update_display_data when update
	// is true (which needs a displayID).
	Display(data, metadata MIMEBundle, displayID string, update bool)
	// ClearOutput asks the client to clear the cell's output.
	ClearOutput(wait bool)
	// Input asks the user for a line through the stdin channel. It fails
	// at once when the client does not allow stdin.
	Input(ctx context.Context, prompt string, password bool) (string, error)
	// ExecutionCount is the count of the running cell.
	ExecutionCount() int
}

// Pager is implemented by the IO of an execute request: Page puts help text
// in the reply's "page" payload, which frontends show in a pager (as
// IPython's `name?` does).
type Pager interface {
	Page(data MIMEBundle)
}

// ExecError is a cell error with the fields Jupyter shows: ename, evalue
// and a traceback (lines, may carry ANSI colour).
type ExecError struct {
	Name      string
	Value     string
	Traceback []string
}

func (e *ExecError) Error() string {
	if e.Value == "" {
		return e.Name
	}
	return e.Name + ": " + e.Value
}

// AsExecError converts any error into an ExecError for display.
func AsExecError(err error) *ExecError {
	var ee *ExecError
	if errors.As(err, &ee) {
		if len(ee.Traceback) == 0 {
			ee.Traceback = []string{ee.Error()}
		}
		return ee
	}
	if errors.Is(err, context.Canceled) {
		return &ExecError{Name: "KeyboardInterrupt", Value: "execution interrupted", Traceback: []string{"KeyboardInterrupt: execution interrupted"}}
	}
	msg := err.Error()
	return &ExecError{Name: "Error", Value: msg, Traceback: strings.Split(msg, "\n")}
}

type ioKey struct{}

// ContextWithIO returns ctx carrying the running cell's IO, so code called
// from a cell (a backend starting Spark lazily, say) can report progress
// to the cell without being handed the IO explicitly.
func ContextWithIO(ctx context.Context, io IO) context.Context {
	return context.WithValue(ctx, ioKey{}, io)
}

// IOFromContext returns the IO that ContextWithIO stored, if any.
func IOFromContext(ctx context.Context) (IO, bool) {
	io, ok := ctx.Value(ioKey{}).(IO)
	return io, ok
}
