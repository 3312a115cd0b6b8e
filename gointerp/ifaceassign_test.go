package gointerp

import "testing"

// A struct literal assigned to a field, an element or a map entry of a
// session interface type, and a call's result in a parallel assignment:
// yaegi panicked in reflect.Set (a chess board's `b.cells[r][f] = Rook{}`).
func TestStructLiteralAssignedToInterfaceSlot(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `type Piece interface{ Moves(b *Board) int }

type Rook struct{ n int }

func (r Rook) Moves(b *Board) int { return r.n + len(b.cells) }

type Pawn int

func (p Pawn) Moves(b *Board) int { return int(p) }

type Board struct {
	cells [2]Piece
	last  Piece
	byName map[string]Piece
}

func setUp() string {
	b := &Board{byName: map[string]Piece{}}
	b.cells[0] = Rook{1}
	b.last = Rook{n: 2}
	b.byName["r"] = Rook{3}
	b.cells[1], b.last = Pawn(4), rook(5)
	var ps []interface{ Moves(b *Board) int }
	ps = append(ps, nil)
	ps[0] = Rook{6}
	return fmt.Sprint(b.cells[0].Moves(b), b.byName["r"].Moves(b), b.cells[1].Moves(b), b.last.Moves(b), ps[0].Moves(b))
}

func rook(n int) Rook { return Rook{n} }`)
	if got := value(t, in, `setUp()`); got != "3 5 4 7 8" {
		t.Errorf("got %s", got)
	}
}

// A call's result of a session interface type, and a pointer the kernel
// copies into one, passed straight to a function: yaegi wrapped the
// interface value twice, and the callee's `e.(*Dir)` failed (a directory
// tree that rendered its root only).
func TestInterfaceResultPassedToFunction(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `type Entry interface{ Name() string }
type File struct{ name string }
func (f *File) Name() string { return f.name }
type Dir struct{ name string }
func (d *Dir) Name() string { return d.name + "/" }
func mk(d *Dir) Entry { return d }
func isDir(e Entry) bool {
	_, ok := e.(*Dir)
	return ok
}
func check() string {
	root := &Dir{"r"}
	var f Entry = &File{"f"}
	return fmt.Sprint(isDir(root), isDir(mk(root)), isDir(f), isDir(Entry(mk(root))))
}`)
	if got := value(t, in, `check()`); got != "true true false true" {
		t.Errorf("got %s", got)
	}
}
