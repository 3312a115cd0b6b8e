package gointerp

import (
	"go/ast"
	"go/parser"
	"go/token"
	"log"
	"reflect"
	"strings"
	"sync"
	"unsafe"

	"github.com/traefik/yaegi/interp"
)

// sweeper frees the values yaegi would keep for the whole session: it
// runs a cell's top-level statements in its global frame, and every
// intermediate value there (the result of `make`, of a query, of a call
// whose result is assigned) stays in a frame slot no name refers to. A
// cell that builds a 100 MB value kept it forever, even after the
// variable was reassigned. After each cell the sweeper resets those
// unnamed slots to zero values.
//
// yaegi stays unmodified: the sweeper reads its unexported fields through
// reflection, for the pinned version (v0.16.1). If the layout differs it
// disables itself and logs why; TestSweeperSeesYaegiLayout fails then.
type sweeper struct {
	frame    reflect.Value // *interp.frame: the global frame
	universe reflect.Value // *interp.scope: the global scope tree
	named    map[int]bool  // frame slots that ever had a name: never reset
	off      string        // why the sweeper is disabled, or ""
}

// newSweeper finds the global frame and scope tree of yi.
func newSweeper(yi *interp.Interpreter) *sweeper {
	s := &sweeper{named: map[int]bool{}}
	iv := reflect.ValueOf(yi).Elem()
	for _, f := range []string{"frame", "universe"} {
		fv := iv.FieldByName(f)
		if !fv.IsValid() || fv.Kind() != reflect.Pointer {
			s.off = "yaegi.Interpreter has no pointer field " + f
			return s
		}
	}
	s.frame = open(iv.FieldByName("frame"))
	s.universe = open(iv.FieldByName("universe"))
	if msg := s.check(); msg != "" {
		s.off = msg
	}
	return s
}

// check verifies the fields the sweeper uses.
func (s *sweeper) check() string {
	fr := s.frame.Elem()
	if d := fr.FieldByName("data"); !d.IsValid() || d.Type() != reflect.TypeFor[[]reflect.Value]() {
		return "yaegi frame has no data []reflect.Value"
	}
	if m := fr.FieldByName("mutex"); !m.IsValid() || m.Type() != reflect.TypeFor[sync.RWMutex]() {
		return "yaegi frame has no mutex"
	}
	if d := fr.FieldByName("deferred"); !d.IsValid() || d.Type() != reflect.TypeFor[[][]reflect.Value]() {
		return "yaegi frame has no deferred [][]reflect.Value"
	}
	sc := s.universe.Elem()
	for _, f := range []string{"child", "sym", "level"} {
		if !sc.FieldByName(f).IsValid() {
			return "yaegi scope has no field " + f
		}
	}
	sym := sc.FieldByName("sym").Type().Elem() // *symbol
	if sym.Kind() != reflect.Pointer {
		return "yaegi scope.sym holds no pointers"
	}
	if f, ok := sym.Elem().FieldByName("index"); !ok || f.Type.Kind() != reflect.Int {
		return "yaegi symbol has no int index"
	}
	return ""
}

// open makes an unexported field usable through reflection.
func open(v reflect.Value) reflect.Value {
	return reflect.NewAt(v.Type(), unsafe.Pointer(v.UnsafeAddr())).Elem()
}

// size is the global frame's length: slots at and above it are the next
// cell's.
func (s *sweeper) size() int {
	if s.off != "" || s.frame.IsNil() {
		return 0
	}
	return open(s.frame.Elem().FieldByName("data")).Len()
}

// keep protects the slots from index from on: they are never reset.
// A method value reads its receiver from the frame when it is called
// (`f := T{v: 1}.Get` reads the temporary T later), so the slots of a
// cell that may make one from a temporary are kept.
func (s *sweeper) keep(from int) {
	for i := from; i < s.size(); i++ {
		s.named[i] = true
	}
}

// mayBindTemporary reports whether code has a selector that is not called
// and whose receiver is not a plain name (`T{}.M`, `f().M`, `a.b.M`): a
// method value there may read a frame temporary later.
func mayBindTemporary(code string) bool {
	if !strings.Contains(code, ".") {
		return false
	}
	var f ast.Node
	if ps, err := parseStmts(code, parser.SkipObjectResolution); err == nil {
		f = ps.file
	} else if f, err = parser.ParseFile(token.NewFileSet(), "", "package p\n"+code, parser.SkipObjectResolution); err != nil {
		return true // cannot tell: keep
	}
	called := map[ast.Expr]bool{}
	found := false
	ast.Inspect(f, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.CallExpr:
			called[x.Fun] = true
		case *ast.SelectorExpr:
			if _, plain := x.X.(*ast.Ident); !plain && !called[x] {
				found = true
			}
		}
		return !found
	})
	return found
}

// lockFrame locks the global frame's mutex and returns the frame.
func (s *sweeper) lockFrame() reflect.Value {
	s.frameMutex().Lock()
	return s.frame.Elem()
}

func (s *sweeper) unlockFrame() { s.frameMutex().Unlock() }

// frameMutex is the global frame's mutex (check verified its type).
func (s *sweeper) frameMutex() *sync.RWMutex {
	return open(s.frame.Elem().FieldByName("mutex")).Addr().Interface().(*sync.RWMutex)
}

// dropDefers empties the global frame's defer stack. yaegi runs the calls
// a cell's top level defers at the end of its Eval, as Go runs them at the
// end of a function, but never removes them: `defer fmt.Println("done")`
// in one cell printed again at the end of every later cell. It must run
// between Evals.
func (s *sweeper) dropDefers() {
	if s.off != "" || s.frame.IsNil() {
		return
	}
	fr := s.lockFrame()
	defer s.unlockFrame()
	d := open(fr.FieldByName("deferred"))
	d.Set(reflect.Zero(d.Type()))
}

// sweep resets the unnamed slots of the global frame. It must run between
// Evals: no Eval may be running, or be winding down after an interrupt.
func (s *sweeper) sweep() (reset int) {
	if s.off != "" || s.frame.IsNil() {
		return 0
	}
	s.noteNamed(s.universe)
	fr := s.lockFrame()
	defer s.unlockFrame()
	data := open(fr.FieldByName("data")).Interface().([]reflect.Value)
	for i, v := range data {
		if s.named[i] || !v.IsValid() || v.IsZero() || !holdsData(v) {
			continue
		}
		data[i] = reflect.New(v.Type()).Elem()
		reset++
	}
	return reset
}

// holdsData reports whether v is worth resetting: bulk data (a slice, map,
// string or channel, or a value of a compiled package's type, such as an
// arrow.Table) whose memory only the slot may keep, or a reference into
// one (an addressable element). Small values stay,
// and so do values of the cell's own types (yaegi builds them as unnamed
// structs): yaegi wraps such a value converted to a standard interface
// (`var err error = &NotFound{}`) in a wrapper that reads the receiver
// from its slot at each call, so resetting the slot broke err.Error().
func holdsData(v reflect.Value) bool {
	if v.CanAddr() && v.Kind() != reflect.Pointer && v.Kind() != reflect.Struct {
		return true // an element of an array or slice (b[1] = 2), which keeps all of it
	}
	switch v.Kind() {
	case reflect.Slice, reflect.Map, reflect.String, reflect.Chan:
		return v.Len() >= minSweptLen
	case reflect.Pointer:
		e := v.Type().Elem()
		return e.Name() != "" && e.PkgPath() != ""
	case reflect.Interface:
		return !v.IsNil() && holdsData(v.Elem())
	case reflect.Struct:
		return v.Type().Name() != "" && v.Type().PkgPath() != ""
	}
	return false
}

// minSweptLen is the length from which a slice, map, string or channel in
// an unnamed slot is reset.
const minSweptLen = 1024

// noteNamed records the frame slots of every symbol in the global-level
// scopes under sc (package scope, and blocks of top-level statements,
// whose variables closures may still read). Slots stay named once seen: a
// function compiled before a name was redeclared still reads the old slot.
func (s *sweeper) noteNamed(sc reflect.Value) {
	if sc.IsNil() {
		return
	}
	v := sc.Elem()
	if open(v.FieldByName("level")).Int() != 0 {
		return // a function's scope: its own frames
	}
	syms := open(v.FieldByName("sym"))
	for it := syms.MapRange(); it.Next(); {
		if idx := int(open(it.Value().Elem().FieldByName("index")).Int()); idx >= 0 {
			s.named[idx] = true
		}
	}
	children := open(v.FieldByName("child"))
	for i := range children.Len() {
		s.noteNamed(children.Index(i))
	}
}

// logOnce reports a disabled sweeper once per interpreter.
func (s *sweeper) logOnce() {
	if s.off != "" {
		log.Printf("gointerp: top-level temporaries are kept (sweeper disabled: %s)", s.off)
	}
}
