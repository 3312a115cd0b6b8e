package rt

import (
	"reflect"
	"strconv"
	"strings"
	"unsafe"
)

// Equal is a == b for cells whose operands are interfaces that may hold
// values of the cell's own types. yaegi compares such an interface
// unequal to everything but itself: it keeps a value of a cell's type in
// an interface with methods inside a wrapper of its own, and a value
// passed as a standard interface such as error inside another (see
// Interpreted). Here both arrive as plain Go values, unwrapped, and
// compare as Go compares them: by dynamic type, then value, with the
// runtime's panic for a type that is not comparable.
//
// One difference from Go remains: the interpreter builds the cell's types
// without names, so two of them with the same structure (type A int and
// type B int) are the same dynamic type here.
func Equal(a, b any) bool {
	return plain(a) == plain(b)
}

// plain is the Go value inside x: x unwrapped from yaegi's wrapper for a
// standard interface (Interpreted) or from its valueInterface, in which
// an empty interface holds a value of a cell's type with methods.
func plain(x any) any {
	x = Interpreted(x)
	inner, ok := heldValue(reflect.ValueOf(x))
	if !ok || !inner.IsValid() || !inner.CanInterface() {
		return x
	}
	return Interpreted(inner.Interface())
}

// Key is k as the key of a map keyed by the empty interface: a value in
// yaegi's valueInterface is taken out of it, as yaegi does for a key of a
// concrete type; each holder was a key of its own (gointerp/anykeys.go).
func Key(k any) any {
	inner, held := heldValue(reflect.ValueOf(k))
	if !held || !inner.IsValid() || !inner.CanInterface() {
		return k
	}
	return Interpreted(inner.Interface())
}

// heldValue is the value inside v when v is yaegi's valueInterface (the
// form of a value held in a cell's interface type, or of a value of a
// cell's type with methods in an empty interface); the result is invalid
// for a nil interface.
func heldValue(v reflect.Value) (reflect.Value, bool) {
	if !v.IsValid() {
		return v, false
	}
	f, ok := valueField(v.Type())
	if !ok {
		return v, false
	}
	c := reflect.New(v.Type()).Elem() // addressable, to read the field
	c.Set(v)
	return *(*reflect.Value)(unsafe.Pointer(c.FieldByIndex(f.Index).UnsafeAddr())), true
}

// valueField is the value field of yaegi's interp.valueInterface{node
// *node; value reflect.Value} when t is that type with that layout
// (yaegi v0.16; gointerp's TestEqualityOfSessionValuesInInterfaces checks it).
func valueField(t reflect.Type) (reflect.StructField, bool) {
	if t == nil || t.Kind() != reflect.Struct || t.Name() != "valueInterface" || t.PkgPath() != "github.com/traefik/yaegi/interp" {
		return reflect.StructField{}, false
	}
	f, ok := t.FieldByName("value")
	return f, ok && f.Type == reflect.TypeOf(reflect.Value{})
}

// ErrorsIs is errors.Is for cells: err matches target when some error in
// its chain (Unwrap() error or Unwrap() []error, and Is methods) equals
// target as Equal compares. The standard library's errors.Is compared
// yaegi's wrappers and missed a sentinel of a cell's type, wrapped or not.
// yaegi's wrapper for an error of a cell's type has only Error, so its
// Unwrap and Is methods are called through unwrap and is, functions of
// the cell (nil when no cell type has one).
func ErrorsIs(err, target error, unwrap func(any) (error, bool), is func(any, error) bool) bool {
	if err == nil || target == nil {
		return err == target
	}
	t := plain(target)
	comparable := reflect.TypeOf(t).Comparable()
	return ErrorsAs(err, func(err error) bool {
		if e := plain(err); comparable && reflect.TypeOf(e) == reflect.TypeOf(t) && e == t {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		return is != nil && is(plain(err), target)
	}, unwrap)
}

// ErrorsAs is errors.As for cells: it reports whether match takes an
// error of err's tree (Unwrap() error, Unwrap() []error, and the Unwrap
// methods of a cell's types through unwrap), in the order errors.As
// visits them. For errors.As, match asserts to the target's type and sets
// the target; ErrorsIs walks the tree with it too.
func ErrorsAs(err error, match func(error) bool, unwrap func(any) (error, bool)) bool {
	for err != nil {
		if match(err) {
			return true
		}
		if u, ok := err.(interface{ Unwrap() []error }); ok {
			for _, e := range u.Unwrap() {
				if ErrorsAs(e, match, unwrap) {
					return true
				}
			}
			return false
		}
		err = ErrorsUnwrap(err, unwrap)
	}
	return false
}

// ErrorsUnwrap is errors.Unwrap for cells: the Unwrap method of err's
// type, called through unwrap (see ErrorsIs) for a cell's type.
func ErrorsUnwrap(err error, unwrap func(any) (error, bool)) error {
	if u, ok := err.(interface{ Unwrap() error }); ok {
		return u.Unwrap()
	}
	if unwrap != nil && err != nil {
		if e, ok := unwrap(plain(err)); ok {
			return e
		}
	}
	return nil
}

// GoTypeName is name: a cell's %T of a value of its own type is lowered to
// %s of GoTypeName("main.T", value), the value still being evaluated,
// because fmt would print the type yaegi built, which has no name.
func GoTypeName(name string, _ any) string { return name }

// DynTypeName is what %T prints for x, an operand of interface type in a
// cell: known lists zero values of the session's struct types, each
// followed by its Go name ("main.Circle"), and a value of one of those
// types (or a pointer, slice, array or map of them) is printed by that
// name where fmt would print the unnamed struct type yaegi built.
func DynTypeName(x any, known ...any) string {
	if n, ok := x.(typeNamed); ok {
		return string(n)
	}
	if name := basicTypeName(x); name != "" {
		return name
	}
	return typeName(reflect.TypeOf(plain(x)), knownNames(known))
}

// typeNamed is a type's name that a cell found for DynTypeName
// (gointerp's namedCases).
type typeNamed string

// TypeNamed is name, for DynTypeName to print.
func TypeNamed(name string) any { return typeNamed(name) }

// basicTypeName is "main.Weekday" when x holds a value of a cell's named
// type with methods that yaegi holds in its valueInterface, which records
// the type (a Weekday is an int to reflect, a HandlerFunc a func); ""
// otherwise.
func basicTypeName(x any) string {
	inner, _ := Unwrapped(x)
	name, ok := heldTypeName(reflect.ValueOf(inner))
	if !ok || name == "" {
		return ""
	}
	return "main." + name
}

// knownNames maps the types of known's zero values to the names that
// follow them (DynTypeName's arguments).
func knownNames(known []any) map[reflect.Type]string {
	names := map[reflect.Type]string{}
	for i := 0; i+1 < len(known); i += 2 {
		if name, ok := known[i+1].(string); ok {
			names[reflect.TypeOf(plain(known[i]))] = name
		}
	}
	return names
}

func typeName(t reflect.Type, names map[reflect.Type]string) string {
	if t == nil {
		return "<nil>"
	}
	if name, ok := names[t]; ok {
		return name
	}
	switch t.Kind() {
	case reflect.Pointer:
		return "*" + typeName(t.Elem(), names)
	case reflect.Slice:
		return "[]" + typeName(t.Elem(), names)
	case reflect.Array:
		return "[" + strconv.Itoa(t.Len()) + "]" + typeName(t.Elem(), names)
	case reflect.Map:
		return "map[" + typeName(t.Key(), names) + "]" + typeName(t.Elem(), names)
	case reflect.Struct:
		if hasHiddenFields(t) {
			return structTypeName(t, names)
		}
	}
	return t.String()
}

// hasHiddenFields reports whether struct type t is a cell's with
// unexported fields, which yaegi exported (fieldName).
func hasHiddenFields(t reflect.Type) bool {
	for i := range t.NumField() {
		if f := t.Field(i); fieldName(f) != f.Name {
			return true
		}
	}
	return false
}

// structTypeName writes struct type t as Go does, its fields named as the
// cell named them.
func structTypeName(t reflect.Type, names map[reflect.Type]string) string {
	var fields []string
	for i := range t.NumField() {
		f := t.Field(i)
		text := typeName(f.Type, names)
		if !f.Anonymous {
			text = fieldName(f) + " " + text
		}
		if f.Tag != "" && fieldName(f) == f.Name {
			text += " " + strconv.Quote(string(f.Tag))
		}
		fields = append(fields, text)
	}
	if len(fields) == 0 {
		return "struct {}"
	}
	return "struct { " + strings.Join(fields, "; ") + " }"
}
