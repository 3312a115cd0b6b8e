package main

import (
	"errors"
	"fmt"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Len() int { return len(s.items) }
func (s *Stack[T]) Clear()   { s.items = nil }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

var ErrRange, ErrNothing = errors.New("position out of range"), errors.New("nothing to do")

type Buffer struct{ text string }

type Command interface {
	Do(b *Buffer) error
	Undo(b *Buffer)
	String() string
}

type Insert struct {
	Pos  int
	Text string
}

func (c *Insert) Do(b *Buffer) error {
	if c.Pos < 0 || c.Pos > len(b.text) {
		return fmt.Errorf("insert at %d: %w", c.Pos, ErrRange)
	}
	b.text = b.text[:c.Pos] + c.Text + b.text[c.Pos:]
	return nil
}
func (c *Insert) Undo(b *Buffer) { b.text = b.text[:c.Pos] + b.text[c.Pos+len(c.Text):] }
func (c *Insert) String() string { return fmt.Sprintf("insert %q@%d", c.Text, c.Pos) }

type Delete struct {
	Pos, N  int
	removed string // captured by Do so Undo can restore it
}

func (c *Delete) Do(b *Buffer) error {
	if c.Pos < 0 || c.Pos+c.N > len(b.text) {
		return fmt.Errorf("delete %d..%d: %w", c.Pos, c.Pos+c.N, ErrRange)
	}
	c.removed = b.text[c.Pos : c.Pos+c.N]
	b.text = b.text[:c.Pos] + b.text[c.Pos+c.N:]
	return nil
}
func (c *Delete) Undo(b *Buffer) { b.text = b.text[:c.Pos] + c.removed + b.text[c.Pos:] }
func (c *Delete) String() string { return fmt.Sprintf("delete %d@%d", c.N, c.Pos) }

// Macro groups commands into one undoable step; a failing step rolls back the earlier ones.
type Macro struct {
	Name string
	Cmds []Command
}

func (m *Macro) Do(b *Buffer) error {
	for i, c := range m.Cmds {
		if err := c.Do(b); err != nil {
			for j := i - 1; j >= 0; j-- {
				m.Cmds[j].Undo(b)
			}
			return fmt.Errorf("%s step %d: %w", m.Name, i+1, err)
		}
	}
	return nil
}
func (m *Macro) Undo(b *Buffer) {
	for i := len(m.Cmds) - 1; i >= 0; i-- {
		m.Cmds[i].Undo(b)
	}
}
func (m *Macro) String() string { return fmt.Sprintf("%s(%d steps)", m.Name, len(m.Cmds)) }

func Replace(pos, n int, text string) Command {
	return &Macro{"replace", []Command{&Delete{Pos: pos, N: n}, &Insert{pos, text}}}
}

type Editor struct {
	Buffer     // embedded: e.text is the document
	undo, redo Stack[Command]
}

func (e *Editor) Exec(c Command) error {
	if err := c.Do(&e.Buffer); err != nil {
		return err
	}
	e.undo.Push(c)
	e.redo.Clear()
	return nil
}

func (e *Editor) Undo() error {
	c, ok := e.undo.Pop()
	if !ok {
		return ErrNothing
	}
	c.Undo(&e.Buffer)
	e.redo.Push(c)
	return nil
}
func (e *Editor) Redo() error {
	c, ok := e.redo.Pop()
	if !ok {
		return ErrNothing
	}
	e.undo.Push(c)
	return c.Do(&e.Buffer)
}

func main() {
	ed := &Editor{}
	type action struct {
		label string
		run   func() error
	}
	cmd := func(c Command) action { return action{c.String(), func() error { return ed.Exec(c) }} }
	script := []action{
		cmd(&Insert{0, "hello world"}), cmd(&Insert{5, ","}), cmd(Replace(7, 5, "gophers")),
		{"undo", ed.Undo}, {"undo", ed.Undo}, {"redo", ed.Redo}, cmd(&Insert{12, "!"}),
		{"redo", ed.Redo}, cmd(&Delete{Pos: 0, N: 50}),
		cmd(&Macro{"title", []Command{&Delete{Pos: 0, N: 1}, &Insert{0, "H"}, &Insert{99, "?"}}}),
		cmd(&Macro{"shout", []Command{&Insert{0, ">> "}, &Insert{15, " <<"}}}),
		{"undo", ed.Undo}, {"undo", ed.Undo}, {"undo", ed.Undo}, {"undo", ed.Undo},
	}
	for i, a := range script {
		err := a.run()
		status := "ok"
		if errors.Is(err, ErrNothing) {
			status = "noop"
		} else if err != nil {
			status = "ERR " + err.Error()
		}
		fmt.Printf("%2d %-20s %-22q u=%d r=%d %s\n", i+1, a.label, ed.text, ed.undo.Len(), ed.redo.Len(), status)
	}
}
