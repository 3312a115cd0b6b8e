// Package magics parses and runs %line and %%cell magics in one place. It
// wraps a language interpreter: magic lines go to registered magics, the
// rest of the cell to the wrapped interpreter. Later features (%spark,
// %sql, %monitor) register here; magics call backends, never the reverse.
package magics

import (
	"context"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/spargo-kernel/spargo/kernel"
)

// Magic is one named magic. Line magics get Args (the rest of the line);
// cell magics also get Body (the rest of the cell).
type Magic struct {
	Name  string
	Usage string // e.g. "%env [NAME[=VALUE]]"
	Help  string
	Line  bool // usable as %name
	Cell  bool // usable as %%name
	Run   func(ctx context.Context, call Call) (kernel.MIMEBundle, error)
}

// Call is one invocation of a magic.
type Call struct {
	Args   string
	Body   string // cell magics only
	IsCell bool
	IO     kernel.IO
	// Exec runs code in the wrapped interpreter (e.g. for %time).
	Exec func(ctx context.Context, code string) (kernel.MIMEBundle, error)
	// Bind declares a Go session variable (nil when the interpreter
	// cannot): name, value, its type as cells write it, its package.
	Bind func(ctx context.Context, name string, v any, typ, importPath string) error
	// Lookup reads a Go session variable (nil when the interpreter cannot).
	Lookup func(name string) (any, error)
}

// Registry holds the magics of a session.
type Registry struct {
	magics map[string]*Magic
}

// NewRegistry returns a registry with the built-in magics.
func NewRegistry() *Registry {
	r := &Registry{magics: map[string]*Magic{}}
	registerBuiltins(r)
	return r
}

// Register adds or replaces a magic.
func (r *Registry) Register(m Magic) { r.magics[m.Name] = &m }

// Lookup returns the magic called name.
func (r *Registry) Lookup(name string) (*Magic, bool) {
	m, ok := r.magics[name]
	return m, ok
}

// Names returns the registered names, sorted.
func (r *Registry) Names() []string {
	var out []string
	for n := range r.magics {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// Interpreter is a kernel.Interpreter that understands magics.
type Interpreter struct {
	inner kernel.Interpreter
	reg   *Registry
}

// Wrap returns inner with magic support from reg.
func Wrap(inner kernel.Interpreter, reg *Registry) *Interpreter {
	return &Interpreter{inner: inner, reg: reg}
}

// UsageError is the error of a magic called wrongly.
func UsageError(format string, a ...any) error {
	msg := fmt.Sprintf(format, a...)
	return &kernel.ExecError{Name: "UsageError", Value: msg, Traceback: []string{"UsageError: " + msg}}
}

// Execute runs a cell: a %%magic cell entirely by its magic; otherwise
// %magic lines by their magics and the Go between them by the interpreter.
// The value of the last part is the cell's value.
func (mi *Interpreter) Execute(ctx context.Context, code string, io kernel.IO) (kernel.MIMEBundle, error) {
	exec := func(ctx context.Context, c string) (kernel.MIMEBundle, error) { return mi.inner.Execute(ctx, c, io) }
	var lookup func(name string) (any, error)
	if l, ok := mi.inner.(Looker); ok {
		lookup = l.Lookup
	}
	var bind func(ctx context.Context, name string, v any, typ, importPath string) error
	if b, ok := mi.inner.(Binder); ok {
		bind = func(ctx context.Context, name string, v any, typ, importPath string) error {
			return b.Bind(ctx, name, v, typ, importPath, io)
		}
	}
	trimmed := strings.TrimLeft(code, " \t\r\n")
	if strings.HasPrefix(trimmed, "%%") {
		first, body, _ := strings.Cut(trimmed[2:], "\n")
		name, args := splitName(first)
		m, ok := mi.reg.Lookup(name)
		if !ok || !m.Cell {
			return nil, UsageError("unknown cell magic %%%%%s; %%lsmagic lists the magics", name)
		}
		return m.Run(ctx, Call{Args: args, Body: body, IsCell: true, IO: io, Exec: exec, Bind: bind, Lookup: lookup})
	}
	if m := helpRE.FindStringSubmatch(strings.TrimSpace(code)); m != nil {
		return mi.help(m[1], io)
	}
	if !strings.Contains(code, "%") {
		return mi.inner.Execute(ctx, code, io)
	}
	var result kernel.MIMEBundle
	lines := strings.Split(code, "\n")
	// runGo runs lines[from:to], prefixed by blank lines so the Go code
	// keeps its cell line numbers in errors.
	runGo := func(from, to int) error {
		src := strings.Join(lines[from:to], "\n")
		if strings.TrimSpace(src) == "" {
			return nil
		}
		var err error
		result, err = mi.inner.Execute(ctx, strings.Repeat("\n", from)+src, io)
		return err
	}
	segStart, inRaw := 0, false
	for i, line := range lines {
		t := strings.TrimSpace(line)
		if inRaw || !strings.HasPrefix(t, "%") || strings.HasPrefix(t, "%%") {
			if strings.Count(line, "`")%2 == 1 { // a raw string opens or closes
				inRaw = !inRaw
			}
			continue
		}
		if err := runGo(segStart, i); err != nil {
			return nil, err
		}
		segStart = i + 1
		name, args := splitName(t[1:])
		m, ok := mi.reg.Lookup(name)
		if !ok || !m.Line {
			return nil, UsageError("unknown line magic %%%s; %%lsmagic lists the magics", name)
		}
		var err error
		if result, err = m.Run(ctx, Call{Args: args, IO: io, Exec: exec, Bind: bind, Lookup: lookup}); err != nil {
			return nil, err
		}
	}
	if err := runGo(segStart, len(lines)); err != nil {
		return nil, err
	}
	return result, nil
}

// helpRE matches IPython-style help requests: `fmt.Println?`.
var helpRE = regexp.MustCompile(`^([\pL_][\pL\pN_]*(?:\.[\pL_][\pL\pN_]*)*)\?$`)

// help shows the documentation of name in the pager, or as the cell's
// value when the frontend has no pager.
func (mi *Interpreter) help(name string, io kernel.IO) (kernel.MIMEBundle, error) {
	data, found := mi.Inspect(name, utf8.RuneCountInString(name), 1)
	if !found {
		return nil, UsageError("no documentation found for %s", name)
	}
	if p, ok := io.(kernel.Pager); ok {
		p.Page(data)
		return nil, nil
	}
	return data, nil
}

func splitName(s string) (name, args string) {
	s = strings.TrimSpace(s)
	name, args, _ = strings.Cut(s, " ")
	return name, strings.TrimSpace(args)
}

// Complete completes magic names after % or %%, else defers to the
// interpreter.
func (mi *Interpreter) Complete(code string, cursor int) kernel.Completion {
	line, lineStart := currentLine(code, cursor)
	if t := strings.TrimLeft(line, " \t"); strings.HasPrefix(t, "%") && !strings.Contains(t, " ") {
		pct := "%"
		if strings.HasPrefix(t, "%%") {
			pct = "%%"
		}
		word := t[len(pct):]
		var matches []string
		for _, n := range mi.reg.Names() {
			m, _ := mi.reg.Lookup(n)
			if strings.HasPrefix(n, word) && (pct == "%" && m.Line || pct == "%%" && m.Cell) {
				matches = append(matches, pct+n)
			}
		}
		start := lineStart + utf8.RuneCountInString(line) - utf8.RuneCountInString(t)
		return kernel.Completion{Matches: matches, CursorStart: start, CursorEnd: cursor}
	}
	return mi.inner.Complete(code, cursor)
}

// currentLine returns the text of the line before cursor (code points)
// and the code point offset where it starts.
func currentLine(code string, cursor int) (string, int) {
	runes := []rune(code)
	if cursor > len(runes) {
		cursor = len(runes)
	}
	start := cursor
	for start > 0 && runes[start-1] != '\n' {
		start--
	}
	return string(runes[start:cursor]), start
}

// Inspect shows a magic's help for %name, else defers.
func (mi *Interpreter) Inspect(code string, cursor, detail int) (kernel.MIMEBundle, bool) {
	line, _ := currentLine(code, len([]rune(code)))
	if t := strings.TrimSpace(line); strings.HasPrefix(t, "%") {
		name, _ := splitName(strings.TrimLeft(t, "%"))
		if m, ok := mi.reg.Lookup(name); ok {
			return kernel.MIMEBundle{"text/plain": m.Usage + "\n\n" + m.Help}, true
		}
	}
	return mi.inner.Inspect(code, cursor, detail)
}

// IsComplete treats magic cells as complete.
func (mi *Interpreter) IsComplete(code string) (string, string) {
	if strings.HasPrefix(strings.TrimSpace(code), "%") {
		return "complete", ""
	}
	return mi.inner.IsComplete(code)
}
