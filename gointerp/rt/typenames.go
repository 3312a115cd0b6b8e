package rt

import (
	"reflect"
	"strings"
)

// Named types of cells in an empty interface. yaegi gives a cell's named
// type with a basic underlying type (type Celsius float64) the reflect
// type of the underlying one, so its type switch on an any matched
// `case Celsius:` for a float64 and `case float64:` for a Celsius. A value
// of such a type with methods is held as yaegi's valueInterface, whose
// node records its type; a value of a basic type, or of a cell's type
// without methods, is held as it is. The kernel's type switches ask these
// functions beside the assertion (ifaceassert.go).

// NamedAs reports whether x may be of the cell's type name, which has
// methods when methods is true: x holds a value that yaegi recorded as of
// that type, or, for a type without methods, a plain value (the two
// cannot be told apart). A value passed through a standard-library
// interface (fmt.Stringer) is in yaegi's wrapper, which holds it.
func NamedAs(x any, name string, methods bool) bool {
	inner, wrapped := Unwrapped(x)
	held, ok := heldTypeName(reflect.ValueOf(inner))
	switch {
	case ok:
		return held == name
	case wrapped:
		return true // a value of some cell type with methods: the assertion decides
	}
	return !methods
}

// Unnamed reports whether x holds a value of no cell's type with methods,
// as a case of a basic type (float64) needs.
func Unnamed(x any) bool {
	inner, wrapped := Unwrapped(x)
	held, ok := heldTypeName(reflect.ValueOf(inner))
	if ok {
		return held == ""
	}
	return !wrapped
}

// heldTypeName is the name of the type yaegi recorded for v, a
// valueInterface (interp.valueInterface{node *node}, node.typ.name in
// yaegi v0.16); ok is false for any other value.
func heldTypeName(v reflect.Value) (name string, ok bool) {
	if !v.IsValid() {
		return "", false
	}
	if _, isHeld := valueField(v.Type()); !isHeld {
		return "", false
	}
	n := v.FieldByName("node")
	if n.Kind() != reflect.Pointer || n.IsNil() {
		return "", true
	}
	t := n.Elem().FieldByName("typ")
	if t.Kind() != reflect.Pointer || t.IsNil() {
		return "", true
	}
	if f := t.Elem().FieldByName("name"); f.Kind() == reflect.String {
		return unversioned(f.String()), true
	}
	return "", true
}

// unversioned is a type's name as the cell writes it: a type redefined
// by a later cell is declared as Temp_v2, which Temp then aliases
// (gointerp's liftTypes).
func unversioned(name string) string {
	i := strings.LastIndex(name, "_v")
	if i <= 0 || i+2 == len(name) {
		return name
	}
	for _, r := range name[i+2:] {
		if r < '0' || r > '9' {
			return name
		}
	}
	return name[:i]
}

// Underlying is x with a value of a cell's named type with methods taken
// out of yaegi's valueInterface (or wrapper), for the verbs that print no
// method (%d, %.3f): fmt printed the valueInterface as a struct.
func Underlying(x any) any { return plain(x) }
