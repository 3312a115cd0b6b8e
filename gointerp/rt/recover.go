package rt

import "strings"

// Recovered is what recover() gives a cell (the kernel passes every
// recover() through it). Go's runtime panics with a runtime.Error, so
// `recover().(error)` and `.(runtime.Error)` work; on the interpreter
// many of the same faults (an index out of range, a bad make, a failed
// conversion) happen inside package reflect, which panics with a plain
// string. Such a string becomes a runtime.Error with the same text.
func Recovered(r any) any {
	s, ok := r.(string)
	if !ok || !strings.HasPrefix(s, "reflect: ") && !strings.HasPrefix(s, "reflect.") {
		return r
	}
	return runtimeError(s) // Error() adds "runtime error: "
}
