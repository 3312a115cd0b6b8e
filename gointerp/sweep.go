package gointerp

import (
	"log"
	"reflect"
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

// sweep resets the unnamed slots of the global frame. It must run between
// Evals: no Eval may be running, or be winding down after an interrupt.
func (s *sweeper) sweep() (reset int) {
	if s.off != "" || s.frame.IsNil() {
		return 0
	}
	s.noteNamed(s.universe)
	fr := s.frame.Elem()
	mu := open(fr.FieldByName("mutex")).Addr().Interface().(*sync.RWMutex)
	mu.Lock()
	defer mu.Unlock()
	data := open(fr.FieldByName("data")).Interface().([]reflect.Value)
	for i, v := range data {
		if s.named[i] || !v.IsValid() || v.IsZero() {
			continue
		}
		data[i] = reflect.New(v.Type()).Elem()
		reset++
	}
	return reset
}

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
