package gointerp

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"
)

// posMap gives every line yaegi ever evaluates a session-unique line
// number (with a //line directive), and maps those lines back to
// (execution count, cell line). Functions keep the positions of the cell
// that defined them, so unique numbering is what lets a panic in a
// function from an earlier cell point at that cell.
type posMap struct {
	mu    sync.Mutex // fix runs on the output reader goroutine
	next  int        // next free virtual line (>= 2)
	lines []cellLine // index: virtual line
}

type cellLine struct{ count, line int }

func newPosMap() *posMap { return &posMap{next: 2, lines: make([]cellLine, 2)} }

// source lays out chunks of cell count for one Eval: each chunk on its own
// lines, padded so columns match the cell. prefix goes on line 1 (before
// the blank lines), so it never shifts user code.
func (m *posMap) source(count int, prefix string, chunks []chunk) string {
	m.mu.Lock()
	defer m.mu.Unlock()
	var b strings.Builder
	b.WriteString(prefix)
	// A //line directive numbers the next line. The file name stays
	// yaegi's own "_.go": yaegi scopes imports by file name.
	b.WriteString("\n//line _.go:" + strconv.Itoa(m.next) + ":1\n")
	for _, c := range chunks {
		b.WriteString(strings.Repeat(" ", c.col-1))
		for i, l := range strings.Split(c.src, "\n") {
			if i > 0 {
				b.WriteByte('\n')
			}
			b.WriteString(l)
			m.lines = append(m.lines, cellLine{count, c.line + i})
		}
		b.WriteByte('\n')
	}
	m.next = len(m.lines)
	return b.String()
}

var posRE = regexp.MustCompile(`(?m)^(?:_\.go:)?(\d+):(\d+)`)

// fix rewrites positions at line starts of msg ("123:5") into cell
// positions: "cell:3:5" for the current cell, "cell[N]:3:5" for the cell
// that ran as execution N.
func (m *posMap) fix(msg string, current int) string {
	m.mu.Lock()
	defer m.mu.Unlock()
	return posRE.ReplaceAllStringFunc(msg, func(s string) string {
		sub := posRE.FindStringSubmatch(s)
		v, _ := strconv.Atoi(sub[1])
		if v <= 0 || v >= len(m.lines) || m.lines[v].line == 0 {
			return "cell" // yaegi's own wrapper code: no cell position
		}
		cl := m.lines[v]
		name := "cell"
		if cl.count != current {
			name = fmt.Sprintf("cell[%d]", cl.count)
		}
		return fmt.Sprintf("%s:%d:%s", name, cl.line, sub[2])
	})
}

// user rewrites a yaegi message in the user's terms: cell positions (when
// m is not nil) and the cell's own name for main (see mainName).
func (m *posMap) user(msg string, current int) string {
	if m != nil {
		msg = m.fix(msg, current)
	}
	return strings.ReplaceAll(msg, mainName, "main")
}
