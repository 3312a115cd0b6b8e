package gointerp

import (
	"errors"
	"go/scanner"
	"regexp"
	"strings"

	"github.com/traefik/yaegi/interp"

	"github.com/spargo-kernel/spargo/kernel"
)

// errExitOK ends a cell early without an error (os.Exit(0)).
var errExitOK = errors.New("os.Exit(0)")

// panicPosRE matches the position lines yaegi writes to stderr when a panic
// unwinds interpreted frames ("cell:3:2: panic: main.f(...)").
var panicPosRE = regexp.MustCompile(`(?m)^(?:_\.go:)?\d+:\d+: panic: .*\n?`)

// compileError turns a parse or type error into the cell's CompileError,
// one traceback line per error, positions as cell:LINE:COL (pm maps
// yaegi's lines; nil when positions are already cell positions).
func compileError(err error, pm *posMap, count int) error {
	var lines []string
	var list scanner.ErrorList
	if errors.As(err, &list) {
		for _, e := range list {
			lines = append(lines, e.Error())
		}
	} else {
		lines = strings.Split(strings.TrimSpace(err.Error()), "\n")
	}
	for i, l := range lines {
		lines[i] = localIfaceNames(pm.user(l, count))
	}
	return &kernel.ExecError{Name: "CompileError", Value: strings.Join(lines, "; "), Traceback: prefix("CompileError: ", lines)}
}

func prefix(p string, lines []string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		if i == 0 {
			out[i] = p + l
		} else {
			out[i] = "    " + l
		}
	}
	return out
}

// convertError maps an Eval error to the cell's error.
func (in *Interp) convertError(err error) error {
	var p interp.Panic
	if errors.As(err, &p) {
		if ep, ok := p.Value.(exitPanic); ok && ep.code == 0 {
			return errExitOK
		}
		ee := panicError(p.Value, "")
		ee.Value = localIfaceNames(ee.Value)
		in.syncOutput()
		in.mu.Lock()
		pos := in.panicPos
		in.panicPos = nil
		in.mu.Unlock()
		if ee.Name == "panic" {
			tb := []string{"panic: " + ee.Value}
			if len(pos) > 0 {
				tb = append(tb, "")
				tb = append(tb, "traceback (innermost first):")
				for _, l := range pos {
					tb = append(tb, "  "+l)
				}
			}
			ee.Traceback = tb
		}
		return ee
	}
	return compileError(err, in.pos, in.count)
}

// filterPanicPos removes yaegi's panic position lines from stderr text and
// keeps them for the error's traceback.
func (in *Interp) filterPanicPos(text string) string {
	locs := panicPosRE.FindAllString(text, -1)
	if len(locs) == 0 {
		return text
	}
	in.mu.Lock()
	defer in.mu.Unlock()
	for _, l := range locs {
		l = in.pos.user(strings.TrimSpace(l), in.count)
		l = strings.Replace(l, ": panic: ", ": in ", 1)
		l = strings.Replace(l, "main.", "", 1)
		in.panicPos = append(in.panicPos, l)
	}
	return panicPosRE.ReplaceAllString(text, "")
}
