package rt

import (
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"strings"
)

// GoSyntax is what %#v prints for x, an operand of a cell: fmt would write
// the unnamed struct types yaegi builds (`struct { X int }{X:1}` for a
// main.P) and their fields as yaegi exported them (Xnote). known lists the
// session's struct types as DynTypeName's arguments do. Parts that hold no
// such type print as fmt prints them.
func GoSyntax(x any, known ...any) string {
	w := &syntaxWriter{names: knownNames(known), involved: map[reflect.Type]bool{}}
	w.write(dynamicValue(reflect.ValueOf(Interpreted(x))), true)
	return w.b.String()
}

// syntaxWriter writes a value as %#v does, with the session's type names;
// involved caches involves by type (a slice's elements share theirs).
type syntaxWriter struct {
	b        strings.Builder
	names    map[reflect.Type]string
	involved map[reflect.Type]bool
}

// involves reports whether a value of type t may hold a type of w.names.
func (w *syntaxWriter) involves(t reflect.Type) bool {
	in, ok := w.involved[t]
	if !ok {
		in = involves(t, w.names, map[reflect.Type]bool{})
		w.involved[t] = in
	}
	return in
}

// write writes v in Go syntax; top is false inside another value, where a
// pointer prints as its address.
func (w *syntaxWriter) write(v reflect.Value, top bool) {
	b := &w.b
	if !v.IsValid() {
		b.WriteString("<nil>")
		return
	}
	t := v.Type()
	if !v.CanInterface() || !w.involves(t) {
		if !top && t.Kind() == reflect.Pointer && !v.IsNil() {
			fmt.Fprintf(b, "(%s)(%#x)", t, v.Pointer()) // as fmt prints a nested pointer
			return
		}
		fmt.Fprintf(b, "%#v", plainOf(v))
		return
	}
	name := typeName(t, w.names)
	switch t.Kind() {
	case reflect.Struct:
		b.WriteString(name + "{")
		for i := range t.NumField() {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(fieldName(t.Field(i)) + ":")
			w.write(fieldValue(v.Field(i)), false)
		}
		b.WriteString("}")
	case reflect.Pointer:
		switch {
		case v.IsNil():
			b.WriteString("(" + name + ")(nil)")
		case top && t.Elem().Kind() == reflect.Struct:
			b.WriteString("&")
			w.write(v.Elem(), false)
		default:
			fmt.Fprintf(b, "(%s)(%#x)", name, v.Pointer())
		}
	case reflect.Slice, reflect.Array:
		if t.Kind() == reflect.Slice && v.IsNil() {
			b.WriteString(name + "(nil)")
			return
		}
		b.WriteString(name + "{")
		for i := range v.Len() {
			if i > 0 {
				b.WriteString(", ")
			}
			w.write(fieldValue(v.Index(i)), false)
		}
		b.WriteString("}")
	case reflect.Map:
		w.writeMap(v, name)
	default:
		fmt.Fprintf(b, "%#v", plainOf(v))
	}
}

// involves reports whether a value of type t may hold a type of names:
// one of them, or an interface.
func involves(t reflect.Type, names map[reflect.Type]string, seen map[reflect.Type]bool) bool {
	if _, ok := names[t]; ok {
		return true
	}
	if seen[t] {
		return false
	}
	seen[t] = true
	switch t.Kind() {
	case reflect.Interface:
		return true
	case reflect.Pointer, reflect.Slice, reflect.Array:
		return involves(t.Elem(), names, seen)
	case reflect.Map:
		return involves(t.Key(), names, seen) || involves(t.Elem(), names, seen)
	case reflect.Struct:
		if hasHiddenFields(t) {
			return true
		}
		for i := range t.NumField() {
			if involves(t.Field(i).Type, names, seen) {
				return true
			}
		}
	}
	return false
}

// writeMap writes map v with its keys in fmt's order.
func (w *syntaxWriter) writeMap(v reflect.Value, name string) {
	b := &w.b
	if v.IsNil() {
		b.WriteString(name + "(nil)")
		return
	}
	keys := v.MapKeys()
	sort.Slice(keys, func(i, j int) bool { return less(keys[i], keys[j]) })
	b.WriteString(name + "{")
	for i, k := range keys {
		if i > 0 {
			b.WriteString(", ")
		}
		w.write(fieldValue(k), false)
		b.WriteString(":")
		w.write(fieldValue(v.MapIndex(k)), false)
	}
	b.WriteString("}")
}

// fieldValue is the value a field, element or key holds: an interface's
// dynamic value, not the interface.
func fieldValue(v reflect.Value) reflect.Value {
	if v.Kind() == reflect.Interface && v.IsNil() {
		return reflect.Value{}
	}
	return dynamicValue(v)
}

// plainOf is v as an any for fmt.
func plainOf(v reflect.Value) any {
	if !v.CanInterface() {
		return "?" + strconv.Quote(v.Type().String())
	}
	return v.Interface()
}
