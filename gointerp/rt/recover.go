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
	if m, ok := goMessages[s]; ok {
		s = m
	}
	return runtimeError(s) // Error() adds "runtime error: "
}

// goMessages are the compiled runtime's words for reflect's faults of the
// builtins (make).
var goMessages = map[string]string{
	"reflect.MakeChan: negative buffer size": "makechan: size out of range",
	"reflect.MakeSlice: negative len":        "makeslice: len out of range",
	"reflect.MakeSlice: negative cap":        "makeslice: cap out of range",
	"reflect.MakeSlice: len > cap":           "makeslice: cap out of range",
}
