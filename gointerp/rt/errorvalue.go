package rt

import "fmt"

// ErrorValue is an error holding a value of a cell's struct type whose
// Error method has a value receiver. yaegi's own wrapper for such a value
// kept the struct's last field instead of the struct (getConcreteValue
// searches a struct without reflect methods for an emulated interface's
// value), so `err.(ValidationError)`, a type switch and errors.As never
// found it. ErrorValue keeps the whole value in IValue, the field yaegi's
// assertions and Interpreted read, and calls the interpreted method for
// Error. msg is a pointer so that ErrorValues compare (as Go compares the
// interfaces, equal values in two conversions do not compare equal here;
// rt.Equal compares the held values).
type ErrorValue struct {
	IValue any
	msg    *func() string
}

// Error is the held value's Error method.
func (e ErrorValue) Error() string { return (*e.msg)() }

// GoString prints the held value, for %#v.
func (e ErrorValue) GoString() string { return fmt.Sprintf("%#v", e.IValue) }

// ErrorOf is v as an error whose Error method is msg.
func ErrorOf(v any, msg func() string) error { return ErrorValue{v, &msg} }

// GoError is x as an error if its Go type implements error: a compiled
// error, or an ErrorValue, not a value of a cell's type (whose methods
// reflect does not see).
func GoError(x any) (error, bool) {
	e, ok := x.(error)
	return e, ok
}
