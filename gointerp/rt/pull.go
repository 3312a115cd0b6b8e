package rt

import (
	"iter"
	"reflect"
	"time"
)

// Pull is iter.Pull for a sequence of the interpreter (a func(func(V)
// bool) it made), handing its values over as any: iter.Pull is generic,
// so not in yaegi's tables, and yaegi could not compile an interpreted
// one. The kernel asserts the values back to V at the call.
func Pull(seq any) (func() (any, bool), func()) {
	sv := reflect.ValueOf(seq)
	next, stop := iter.Pull(func(yield func(any) bool) {
		y := reflect.MakeFunc(sv.Type().In(0), func(args []reflect.Value) []reflect.Value {
			return []reflect.Value{reflect.ValueOf(yield(args[0].Interface()))}
		})
		sv.Call([]reflect.Value{y})
	})
	return next, patient(stop)
}

// patient runs stop and waits for it a while only: yaegi runs a cell's
// deferred calls holding its frame's lock, and a sequence the cell
// declared, resumed by stop to return, waits for that lock, so a
// top-level `defer stop()` hung. The sequence then ends after the cell.
func patient(stop func()) func() {
	return func() {
		done := make(chan struct{})
		go func() {
			defer close(done)
			stop()
		}()
		select {
		case <-done:
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// Pull2 is Pull for iter.Pull2.
func Pull2(seq any) (func() (any, any, bool), func()) {
	sv := reflect.ValueOf(seq)
	next, stop := iter.Pull2(func(yield func(any, any) bool) {
		y := reflect.MakeFunc(sv.Type().In(0), func(args []reflect.Value) []reflect.Value {
			return []reflect.Value{reflect.ValueOf(yield(args[0].Interface(), args[1].Interface()))}
		})
		sv.Call([]reflect.Value{y})
	})
	return next, patient(stop)
}
