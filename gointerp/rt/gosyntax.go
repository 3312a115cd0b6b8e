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
	names := knownNames(known)
	var b strings.Builder
	writeSyntax(&b, dynamicValue(reflect.ValueOf(Interpreted(x))), names, true)
	return b.String()
}

// writeSyntax writes v in Go syntax; top is false inside another value,
// where a pointer prints as its address.
func writeSyntax(b *strings.Builder, v reflect.Value, names map[reflect.Type]string, top bool) {
	if !v.IsValid() {
		b.WriteString("<nil>")
		return
	}
	t := v.Type()
	if !v.CanInterface() || !involves(t, names, map[reflect.Type]bool{}) {
		if !top && t.Kind() == reflect.Pointer && !v.IsNil() {
			fmt.Fprintf(b, "(%s)(%#x)", t, v.Pointer()) // as fmt prints a nested pointer
			return
		}
		fmt.Fprintf(b, "%#v", plainOf(v))
		return
	}
	name := typeName(t, names)
	switch t.Kind() {
	case reflect.Struct:
		b.WriteString(name + "{")
		for i := range t.NumField() {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(fieldName(t.Field(i)) + ":")
			writeSyntax(b, fieldValue(v.Field(i)), names, false)
		}
		b.WriteString("}")
	case reflect.Pointer:
		switch {
		case v.IsNil():
			b.WriteString("(" + name + ")(nil)")
		case top && t.Elem().Kind() == reflect.Struct:
			b.WriteString("&")
			writeSyntax(b, v.Elem(), names, false)
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
			writeSyntax(b, fieldValue(v.Index(i)), names, false)
		}
		b.WriteString("}")
	case reflect.Map:
		writeMapSyntax(b, v, name, names)
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

// writeMapSyntax writes map v with its keys in fmt's order.
func writeMapSyntax(b *strings.Builder, v reflect.Value, name string, names map[reflect.Type]string) {
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
		writeSyntax(b, fieldValue(k), names, false)
		b.WriteString(":")
		writeSyntax(b, fieldValue(v.MapIndex(k)), names, false)
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
