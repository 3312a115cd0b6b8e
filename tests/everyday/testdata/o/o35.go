package main

import (
	"errors"
	"fmt"
	"strings"
)

type Doc struct {
	lines []string
}

func (d *Doc) String() string {
	var sb strings.Builder
	for i, l := range d.lines {
		fmt.Fprintf(&sb, "    %d: %s\n", i+1, l)
	}
	return sb.String()
}

type Command interface {
	Do(d *Doc) error
	Undo(d *Doc)
	fmt.Stringer
}

var ErrRange = errors.New("line out of range")

type Insert struct {
	At   int
	Text string
}

func (c *Insert) Do(d *Doc) error {
	if c.At < 0 || c.At > len(d.lines) {
		return fmt.Errorf("insert at %d: %w", c.At, ErrRange)
	}
	d.lines = append(d.lines[:c.At], append([]string{c.Text}, d.lines[c.At:]...)...)
	return nil
}
func (c *Insert) Undo(d *Doc)    { d.lines = append(d.lines[:c.At], d.lines[c.At+1:]...) }
func (c *Insert) String() string { return fmt.Sprintf("insert(%d,%q)", c.At, c.Text) }

type Delete struct {
	At  int
	old string
}

func (c *Delete) Do(d *Doc) error {
	if c.At < 0 || c.At >= len(d.lines) {
		return fmt.Errorf("delete %d: %w", c.At, ErrRange)
	}
	c.old = d.lines[c.At]
	d.lines = append(d.lines[:c.At], d.lines[c.At+1:]...)
	return nil
}
func (c *Delete) Undo(d *Doc)    { (&Insert{c.At, c.old}).Do(d) }
func (c *Delete) String() string { return fmt.Sprintf("delete(%d)", c.At) }

type Replace struct {
	Old, New string
	changed  []int
}

func (c *Replace) Do(d *Doc) error {
	c.changed = nil
	for i, l := range d.lines {
		if strings.Contains(l, c.Old) {
			d.lines[i] = strings.ReplaceAll(l, c.Old, c.New)
			c.changed = append(c.changed, i)
		}
	}
	if len(c.changed) == 0 {
		return fmt.Errorf("replace %q: no match", c.Old)
	}
	return nil
}
func (c *Replace) Undo(d *Doc) {
	for _, i := range c.changed {
		d.lines[i] = strings.ReplaceAll(d.lines[i], c.New, c.Old)
	}
}
func (c *Replace) String() string { return fmt.Sprintf("replace(%q->%q)", c.Old, c.New) }

type Editor struct {
	doc        Doc
	undo, redo []Command
}

func (e *Editor) Exec(c Command) error {
	if err := c.Do(&e.doc); err != nil {
		return err
	}
	e.undo = append(e.undo, c)
	e.redo = nil
	return nil
}

func (e *Editor) Undo() (Command, bool) {
	if len(e.undo) == 0 {
		return nil, false
	}
	c := e.undo[len(e.undo)-1]
	e.undo = e.undo[:len(e.undo)-1]
	c.Undo(&e.doc)
	e.redo = append(e.redo, c)
	return c, true
}

func (e *Editor) Redo() (Command, bool) {
	if len(e.redo) == 0 {
		return nil, false
	}
	c := e.redo[len(e.redo)-1]
	e.redo = e.redo[:len(e.redo)-1]
	_ = c.Do(&e.doc)
	e.undo = append(e.undo, c)
	return c, true
}

func main() {
	e := &Editor{}
	script := []any{
		&Insert{0, "hello world"}, &Insert{1, "goodbye world"}, &Insert{1, "middle"},
		&Insert{9, "nope"}, &Replace{Old: "world", New: "gopher"}, &Delete{At: 1},
		"undo", "undo", "redo", &Replace{Old: "zzz", New: "y"}, "undo", "undo", "undo", "undo", "undo",
		"redo", &Insert{1, "fresh"}, "redo",
	}
	for _, s := range script {
		switch v := s.(type) {
		case Command:
			err := e.Exec(v)
			fmt.Printf("exec %-28v err=%v\n", v, err)
		case string:
			var c Command
			var ok bool
			if v == "undo" {
				c, ok = e.Undo()
			} else {
				c, ok = e.Redo()
			}
			if !ok {
				fmt.Printf("%s: nothing to %s\n", v, v)
				continue
			}
			fmt.Printf("%s %v\n", v, c)
		}
	}
	fmt.Printf("final (%d lines, undo=%d redo=%d):\n%v", len(e.doc.lines), len(e.undo), len(e.redo), &e.doc)
}
