package gointerp

import (
	"reflect"
	"sync/atomic"
	"unsafe"

	"github.com/traefik/yaegi/interp"
)

// yaegi stops a cancelled Eval (an interrupt, or a goroutine's panic,
// runtime.go) by raising its interpreter's run id: code runs only in
// frames of the current id. But a function literal keeps a copy of the
// frame it was made in, with the id of then: after one interrupt, every
// function an earlier cell declared (liftFuncs makes them literals) ran no
// statement and returned zero values. Once the cancelled Eval has ended,
// the id goes back to what it was, so those functions run again. (A
// goroutine the cancelled cell started runs on, as a Python thread does
// after a KeyboardInterrupt.)

// runID is yaegi's run id of yi (the unexported Interpreter.id), or nil
// if this version of yaegi has none (the id is then left alone).
func runID(yi *interp.Interpreter) *uint64 {
	v := reflect.ValueOf(yi).Elem().FieldByName("id")
	if !v.IsValid() || v.Kind() != reflect.Uint64 || !v.CanAddr() {
		return nil
	}
	return (*uint64)(unsafe.Pointer(v.UnsafeAddr()))
}

// currentRunID is yi's run id (0 if unknown).
func currentRunID(yi *interp.Interpreter) uint64 {
	if p := runID(yi); p != nil {
		return atomic.LoadUint64(p)
	}
	return 0
}

// restoreRunID sets yi's run id back to id, after a cancelled Eval ended.
func restoreRunID(yi *interp.Interpreter, id uint64) {
	if p := runID(yi); p != nil {
		atomic.StoreUint64(p, id)
	}
}
