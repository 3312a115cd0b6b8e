package main

import (
	"fmt"
	"strings"
)

type Document struct {
	text []rune
}

func (d *Document) String() string { return string(d.text) }

type Command interface {
	Do(d *Document)
	Undo(d *Document)
	Describe() string
}

type Insert struct {
	Pos  int
	Text string
}

func (c Insert) Do(d *Document) {
	r := []rune(c.Text)
	d.text = append(d.text[:c.Pos], append(r, d.text[c.Pos:]...)...)
}
func (c Insert) Undo(d *Document) {
	n := len([]rune(c.Text))
	d.text = append(d.text[:c.Pos], d.text[c.Pos+n:]...)
}
func (c Insert) Describe() string { return fmt.Sprintf("insert %q at %d", c.Text, c.Pos) }

// Delete remembers what it removed so it can be undone.
type Delete struct {
	Pos, Len int
	removed  []rune
}

func (c *Delete) Do(d *Document) {
	c.removed = append([]rune(nil), d.text[c.Pos:c.Pos+c.Len]...)
	d.text = append(d.text[:c.Pos], d.text[c.Pos+c.Len:]...)
}
func (c *Delete) Undo(d *Document) {
	d.text = append(d.text[:c.Pos], append(c.removed, d.text[c.Pos:]...)...)
}
func (c *Delete) Describe() string { return fmt.Sprintf("delete %d at %d", c.Len, c.Pos) }

type Editor struct {
	doc        Document
	undo, redo []Command
}

func (e *Editor) Execute(c Command) {
	c.Do(&e.doc)
	e.undo = append(e.undo, c)
	clear(e.redo)
	e.redo = e.redo[:0]
}

func (e *Editor) Undo() bool {
	if len(e.undo) == 0 {
		return false
	}
	c := e.undo[len(e.undo)-1]
	e.undo = e.undo[:len(e.undo)-1]
	c.Undo(&e.doc)
	e.redo = append(e.redo, c)
	return true
}

func (e *Editor) Redo() bool {
	if len(e.redo) == 0 {
		return false
	}
	c := e.redo[len(e.redo)-1]
	e.redo = e.redo[:len(e.redo)-1]
	c.Do(&e.doc)
	e.undo = append(e.undo, c)
	return true
}

func main() {
	ed := &Editor{}
	show := func(action string) {
		fmt.Printf("%-28s | %-22q | undo=%d redo=%d\n", action, ed.doc.String(), len(ed.undo), len(ed.redo))
	}

	steps := []func() string{
		func() string { c := Insert{0, "Hello world"}; ed.Execute(c); return c.Describe() },
		func() string { c := Insert{5, ","}; ed.Execute(c); return c.Describe() },
		func() string { c := &Delete{Pos: 7, Len: 5}; ed.Execute(c); return c.Describe() },
		func() string { c := Insert{7, "Gophers"}; ed.Execute(c); return c.Describe() },
		func() string { return fmt.Sprint("undo ", ed.Undo()) },
		func() string { return fmt.Sprint("undo ", ed.Undo()) },
		func() string { return fmt.Sprint("redo ", ed.Redo()) },
		func() string { c := Insert{7, "there"}; ed.Execute(c); return c.Describe() },
		func() string { return fmt.Sprint("redo ", ed.Redo()) },
		func() string { return fmt.Sprint("undo ", ed.Undo()) },
		func() string { return fmt.Sprint("undo ", ed.Undo()) },
		func() string { return fmt.Sprint("undo ", ed.Undo()) },
		func() string { return fmt.Sprint("undo ", ed.Undo()) },
		func() string { return fmt.Sprint("undo ", ed.Undo()) },
		func() string { return fmt.Sprint("redo ", ed.Redo()) },
	}
	for _, step := range steps {
		show(step())
	}

	var hist []string
	for _, c := range ed.undo {
		hist = append(hist, c.Describe())
	}
	fmt.Println("history:", strings.Join(hist, " -> "))
}
