package rt

import (
	"reflect"
	"regexp"
	"strings"
)

// Recovered is what recover() gives a cell (the kernel passes every
// recover() through it, and shows uncaught panics through it). Go's
// runtime panics with a runtime.Error, so `recover().(error)` and
// `.(runtime.Error)` work; on the interpreter many of the same faults
// happen inside package reflect or yaegi, which panic otherwise:
//   - a plain string ("reflect: slice index out of range", a bad make)
//     becomes a runtime.Error with Go's words where they are known;
//   - reflect's error for a method called on the zero Value that stands
//     for a nil pointer (Elem, Field, Index...) becomes Go's nil pointer
//     dereference;
//   - a reflect.Value, which yaegi gives for panic(err) with err of an
//     interface type, becomes the value it holds;
//   - yaegi's error for a failed type assertion becomes a runtime.Error
//     with Go's message ("interface conversion: ..."), without its
//     position.
func Recovered(r any) any {
	if v, ok := r.(reflect.Value); ok && v.IsValid() && v.CanInterface() {
		// yaegi recovers the value of panic(err), err of an interface
		// type, as the reflect.Value that holds it: r.(error) failed.
		// An ErrorValue stays whole: out of it, the cell's struct would be
		// wrapped again by yaegi, which keeps only its last field.
		if ev, isErr := v.Interface().(ErrorValue); isErr {
			r = ev
		} else {
			r = Interpreted(v.Interface())
		}
	}
	switch v := r.(type) {
	case string:
		if !strings.HasPrefix(v, "reflect: ") && !strings.HasPrefix(v, "reflect.") {
			return r
		}
		if m, ok := goMessages[v]; ok {
			v = m
		} else if m := sliceToArray.FindStringSubmatch(v); m != nil {
			v = "cannot convert slice with length " + m[1] + " to array or pointer to array with length " + m[2]
		}
		return runtimeError(v) // Error() adds "runtime error: "
	case *reflect.ValueError:
		if v.Kind == reflect.Invalid && nilDerefMethods[strings.TrimPrefix(v.Method, "reflect.Value.")] {
			return runtimeError("invalid memory address or nil pointer dereference")
		}
	case error:
		if msg := v.Error(); reflect.TypeOf(v).String() == "*interp.cfgError" {
			if i := strings.Index(msg, "interface conversion: "); i >= 0 {
				return assertionError(msg[i:])
			}
		}
	}
	return r
}

// nilDerefMethods are the reflect.Value methods yaegi calls to go through
// a pointer: on the zero Value, the pointer was nil. Interface is what it
// calls on a nil interface to call its method (`var s Shape; s.Area()`).
var nilDerefMethods = map[string]bool{
	"Elem": true, "Field": true, "FieldByIndex": true, "Index": true, "Set": true, "Addr": true,
	"Interface": true,
}

// assertionError is a failed type assertion, as Go's *runtime.TypeAssertionError.
type assertionError string

func (e assertionError) Error() string { return string(e) }
func (assertionError) RuntimeError()   {}

// sliceToArray is reflect's message for a conversion of a slice to a
// longer array or pointer to array ((*[9]byte)(s)).
var sliceToArray = regexp.MustCompile(`^reflect: cannot convert slice with length (\d+) to (?:pointer to )?array with length (\d+)$`)

// goMessages are the compiled runtime's words for reflect's faults of the
// builtins (make) and of indexing.
var goMessages = map[string]string{
	"reflect.MakeChan: negative buffer size":                "makechan: size out of range",
	"reflect.MakeSlice: negative len":                       "makeslice: len out of range",
	"reflect.MakeSlice: negative cap":                       "makeslice: cap out of range",
	"reflect.MakeSlice: len > cap":                          "makeslice: cap out of range",
	"reflect: slice index out of range":                     "index out of range",
	"reflect: array index out of range":                     "index out of range",
	"reflect: string index out of range":                    "index out of range",
	"reflect.Value.Slice: slice index out of bounds":        "slice bounds out of range",
	"reflect.Value.Slice: string slice index out of bounds": "slice bounds out of range",
	"reflect: Method on nil interface value":                "invalid memory address or nil pointer dereference",
}

// Interpreted is the interpreter's own value inside x when x is one of
// yaegi's wrappers (a value of a cell's type passed as a standard library
// interface, such as error, is wrapped in a struct whose field IValue
// holds it); otherwise x. A type assertion to the cell's type then finds
// it.
func Interpreted(x any) any {
	v, _ := Unwrapped(x)
	return v
}

// Unwrapped is Interpreted(x), and whether x was one of yaegi's wrappers.
func Unwrapped(x any) (any, bool) {
	v := reflect.ValueOf(x)
	if v.Kind() == reflect.Struct && v.NumField() > 0 && v.Type().Field(0).Name == "IValue" {
		return v.Field(0).Interface(), true
	}
	return x, false
}
