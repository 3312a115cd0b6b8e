// A line-based text buffer with undo/redo, walking history with slices.Backward.
package main

import (
	"fmt"
	"slices"
	"strings"
)

type Op interface {
	Apply(b *Buffer)
	Revert(b *Buffer)
	Describe() string
}

type Buffer struct {
	lines []string
}

func (b *Buffer) String() string {
	var sb strings.Builder
	for i, l := range b.lines {
		fmt.Fprintf(&sb, "  %2d| %s\n", i+1, l)
	}
	return sb.String()
}

type InsertLine struct {
	At   int
	Text string
}

func (o InsertLine) Apply(b *Buffer)  { b.lines = slices.Insert(b.lines, o.At, o.Text) }
func (o InsertLine) Revert(b *Buffer) { b.lines = slices.Delete(b.lines, o.At, o.At+1) }
func (o InsertLine) Describe() string { return fmt.Sprintf("insert line %d %q", o.At+1, o.Text) }

type DeleteLines struct {
	From, To int
	removed  []string
}

func (o *DeleteLines) Apply(b *Buffer) {
	o.removed = slices.Clone(b.lines[o.From:o.To])
	b.lines = slices.Delete(b.lines, o.From, o.To)
}
func (o *DeleteLines) Revert(b *Buffer) { b.lines = slices.Insert(b.lines, o.From, o.removed...) }
func (o *DeleteLines) Describe() string {
	return fmt.Sprintf("delete lines %d-%d", o.From+1, o.To)
}

type Replace struct {
	Old, New string
	before   []string
}

func (o *Replace) Apply(b *Buffer) {
	o.before = slices.Clone(b.lines)
	for i, l := range b.lines {
		b.lines[i] = strings.ReplaceAll(l, o.Old, o.New)
	}
}
func (o *Replace) Revert(b *Buffer) { b.lines = o.before }
func (o *Replace) Describe() string { return fmt.Sprintf("replace %q with %q", o.Old, o.New) }

type Editor struct {
	buf        Buffer
	undo, redo []Op
}

func (e *Editor) Do(op Op) {
	op.Apply(&e.buf)
	e.undo = append(e.undo, op)
	clear(e.redo) // drop references before truncating
	e.redo = e.redo[:0]
}

func (e *Editor) Undo() bool {
	if len(e.undo) == 0 {
		return false
	}
	op := e.undo[len(e.undo)-1]
	e.undo = e.undo[:len(e.undo)-1]
	op.Revert(&e.buf)
	e.redo = append(e.redo, op)
	return true
}

func (e *Editor) Redo() bool {
	if len(e.redo) == 0 {
		return false
	}
	op := e.redo[len(e.redo)-1]
	e.redo = e.redo[:len(e.redo)-1]
	op.Apply(&e.buf)
	e.undo = append(e.undo, op)
	return true
}

func (e *Editor) History() {
	fmt.Println("  history (newest first):")
	for i, op := range slices.Backward(e.undo) {
		fmt.Printf("    #%d %s\n", i+1, op.Describe())
	}
	if len(e.redo) > 0 {
		fmt.Println("  redo stack (next first):")
		for _, op := range slices.Backward(e.redo) {
			fmt.Printf("    -> %s\n", op.Describe())
		}
	}
}

func main() {
	e := &Editor{}
	e.Do(InsertLine{0, "func main() {"})
	e.Do(InsertLine{1, "}"})
	e.Do(InsertLine{1, "\tfmt.Println(\"hello\")"})
	e.Do(InsertLine{0, "package main"})
	e.Do(InsertLine{1, ""})
	e.Do(InsertLine{2, "import \"fmt\""})
	e.Do(InsertLine{3, ""})
	fmt.Print("after typing:\n", e.buf.String())

	e.Do(&Replace{Old: "hello", New: "hello, world"})
	e.Do(&DeleteLines{From: 1, To: 4})
	fmt.Print("after replace + delete:\n", e.buf.String())
	e.History()

	fmt.Println("undo x2:", e.Undo(), e.Undo())
	fmt.Print(e.buf.String())
	e.History()

	fmt.Println("redo x1:", e.Redo())

	// A new edit discards the redo stack.
	e.Do(InsertLine{5, "\t// greet the user"})
	fmt.Println("redo after new edit:", e.Redo(), "undo depth:", len(e.undo))

	n := 0
	for e.Undo() {
		n++
	}
	fmt.Printf("undid %d ops, buffer has %d lines, redo depth %d\n", n, len(e.buf.lines), len(e.redo))
	for e.Redo() {
	}
	fmt.Print("fully redone:\n", e.buf.String())

	// Scan the buffer bottom-up for the last non-empty line.
	for i, l := range slices.Backward(e.buf.lines) {
		if strings.TrimSpace(l) != "" {
			fmt.Printf("last non-empty line is %d: %q\n", i+1, l)
			break
		}
	}
}
