package rt

import (
	"reflect"
	"strings"
)

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

// Interpreted is the interpreter's own value inside x when x is one of
// yaegi's wrappers (a value of a cell's type passed as a standard library
// interface, such as error, is wrapped in a struct whose field IValue
// holds it); otherwise x. A type assertion to the cell's type then finds
// it.
func Interpreted(x any) any {
	v := reflect.ValueOf(x)
	if v.Kind() == reflect.Struct && v.NumField() > 0 && v.Type().Field(0).Name == "IValue" {
		return v.Field(0).Interface()
	}
	return x
}
