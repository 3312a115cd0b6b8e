package main

import (
	"fmt"
	"strings"
)

// Buffer is the receiver all editor commands operate on.
type Buffer struct {
	text []rune
}

func (b *Buffer) String() string { return string(b.text) }

type Command interface {
	Do(b *Buffer) error
	Undo(b *Buffer)
	Describe() string
}

type Insert struct {
	Pos  int
	Text string
}

func (c *Insert) Do(b *Buffer) error {
	if c.Pos < 0 || c.Pos > len(b.text) {
		return fmt.Errorf("insert: position %d out of range [0,%d]", c.Pos, len(b.text))
	}
	ins := []rune(c.Text)
	b.text = append(b.text[:c.Pos], append(ins, b.text[c.Pos:]...)...)
	return nil
}
func (c *Insert) Undo(b *Buffer) {
	n := len([]rune(c.Text))
	b.text = append(b.text[:c.Pos], b.text[c.Pos+n:]...)
}
func (c *Insert) Describe() string { return fmt.Sprintf("insert %q at %d", c.Text, c.Pos) }

type Delete struct {
	Pos, Len int
	removed  []rune
}

func (c *Delete) Do(b *Buffer) error {
	if c.Pos < 0 || c.Pos+c.Len > len(b.text) {
		return fmt.Errorf("delete: range [%d,%d) out of bounds", c.Pos, c.Pos+c.Len)
	}
	c.removed = append([]rune(nil), b.text[c.Pos:c.Pos+c.Len]...)
	b.text = append(b.text[:c.Pos], b.text[c.Pos+c.Len:]...)
	return nil
}
func (c *Delete) Undo(b *Buffer) {
	b.text = append(b.text[:c.Pos], append(append([]rune(nil), c.removed...), b.text[c.Pos:]...)...)
}
func (c *Delete) Describe() string { return fmt.Sprintf("delete %d at %d", c.Len, c.Pos) }

type Upper struct {
	before []rune
}

func (c *Upper) Do(b *Buffer) error {
	c.before = append([]rune(nil), b.text...)
	b.text = []rune(strings.ToUpper(string(b.text)))
	return nil
}
func (c *Upper) Undo(b *Buffer)   { b.text = c.before }
func (c *Upper) Describe() string { return "uppercase all" }

// Macro groups commands so they are undone as a unit.
type Macro struct {
	Name string
	Cmds []Command
	done int
}

func (m *Macro) Do(b *Buffer) error {
	for i, c := range m.Cmds {
		if err := c.Do(b); err != nil {
			for j := i - 1; j >= 0; j-- {
				m.Cmds[j].Undo(b)
			}
			return fmt.Errorf("macro %s step %d: %w", m.Name, i+1, err)
		}
	}
	return nil
}
func (m *Macro) Undo(b *Buffer) {
	for j := len(m.Cmds) - 1; j >= 0; j-- {
		m.Cmds[j].Undo(b)
	}
}
func (m *Macro) Describe() string { return fmt.Sprintf("macro %s (%d steps)", m.Name, len(m.Cmds)) }

type Editor struct {
	buf        Buffer
	undo, redo []Command
}

func (e *Editor) Exec(c Command) {
	if err := c.Do(&e.buf); err != nil {
		fmt.Printf("  ! %v\n", err)
		return
	}
	e.undo = append(e.undo, c)
	e.redo = nil
	fmt.Printf("  %-28s | %s\n", c.Describe(), &e.buf)
}

func (e *Editor) Undo() {
	if len(e.undo) == 0 {
		fmt.Println("  nothing to undo")
		return
	}
	c := e.undo[len(e.undo)-1]
	e.undo = e.undo[:len(e.undo)-1]
	c.Undo(&e.buf)
	e.redo = append(e.redo, c)
	fmt.Printf("  undo %-23s | %s\n", c.Describe(), &e.buf)
}

func (e *Editor) Redo() {
	if len(e.redo) == 0 {
		fmt.Println("  nothing to redo")
		return
	}
	c := e.redo[len(e.redo)-1]
	e.redo = e.redo[:len(e.redo)-1]
	if err := c.Do(&e.buf); err != nil {
		fmt.Printf("  ! redo failed: %v\n", err)
		return
	}
	e.undo = append(e.undo, c)
	fmt.Printf("  redo %-23s | %s\n", c.Describe(), &e.buf)
}

func main() {
	ed := &Editor{}
	fmt.Println("editing session:")
	ed.Exec(&Insert{0, "hello world"})
	ed.Exec(&Insert{5, ","})
	ed.Exec(&Delete{Pos: 7, Len: 5})
	ed.Exec(&Insert{7, "gophers"})
	ed.Exec(&Delete{Pos: 40, Len: 2})
	ed.Undo()
	ed.Undo()
	ed.Redo()
	ed.Exec(&Upper{})
	ed.Undo()
	ed.Redo()
	ed.Redo()
	ed.Exec(&Macro{Name: "sign", Cmds: []Command{
		&Insert{0, ">> "},
		&Insert{3, "[draft] "},
	}})
	ed.Exec(&Macro{Name: "broken", Cmds: []Command{
		&Insert{0, "X"},
		&Delete{Pos: 0, Len: 999},
	}})
	fmt.Printf("  buffer after failed macro: %s\n", &ed.buf)
	for len(ed.undo) > 0 {
		ed.Undo()
	}
	ed.Undo()
	fmt.Printf("final: %q, redo stack depth %d\n", ed.buf.String(), len(ed.redo))
}
