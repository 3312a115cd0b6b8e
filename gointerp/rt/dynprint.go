package rt

import (
	"fmt"
	"reflect"
)

// A Printer for a value held in an interface (Dynamic) knows its type only
// when it is printed: its parts are printed the same way, and its fields
// are named from the value's type. yaegi builds a cell's struct types
// with every field exported (note becomes Xnote), and the cell tags each
// such field json:"-" (so encoding/json skips it), which tells them apart.
// A value with an Error, String or Format method prints as fmt prints it.

// elem is the Printer of p's elements (or pointer target).
func (p *Printer) elem() *Printer {
	if p.Dynamic {
		return p
	}
	return p.Elem
}

// key is the Printer of p's map keys.
func (p *Printer) key() *Printer {
	if p.Dynamic {
		return p
	}
	return p.Key
}

// field is the Printer of field i.
func (p *Printer) field(i int) *Printer {
	if p.Dynamic {
		return p
	}
	if i < len(p.Fields) {
		return p.Fields[i]
	}
	return nil
}

// name is the name %+v gives field i of struct type t, if p knows it.
func (p *Printer) name(t reflect.Type, i int) (string, bool) {
	if p.Dynamic {
		return fieldName(t.Field(i)), true
	}
	if i < len(p.Names) {
		return p.Names[i], true
	}
	return "", false
}

// hasFmtMethod reports whether fmt prints x through a method of its own.
func hasFmtMethod(x any) bool {
	switch x.(type) {
	case error, fmt.Stringer, fmt.Formatter:
		return true
	}
	return false
}

// fieldName is the name Go gives field f of a cell's struct type.
func fieldName(f reflect.StructField) string {
	if len(f.Name) > 1 && f.Name[0] == 'X' && f.Tag.Get("json") == "-" {
		return f.Name[1:]
	}
	return f.Name
}

// dynamicValue is the value v holds, out of interfaces and yaegi's
// valueInterface (invalid for a nil one).
func dynamicValue(v reflect.Value) reflect.Value {
	for {
		if v.Kind() == reflect.Interface && !v.IsNil() {
			v = v.Elem()
			continue
		}
		inner, ok := heldValue(v)
		if !ok {
			return v
		}
		v = inner
	}
}

// dynamicMethod is the String or Error method's result for v, a value of
// a cell's interface type, formatted, if p has a method for its dynamic
// type; a panic in it prints as fmt prints one.
func (w valueWriter) dynamicMethod(v reflect.Value, p *Printer) (s string, ok bool) {
	fn := reflect.ValueOf(p.Method)
	if p.Method == nil || fn.Kind() != reflect.Func || fn.Type().NumIn() < 1 || fn.Type().NumOut() != 2 || !v.IsValid() {
		return "", false
	}
	arg, ok := methodArg(v, fn.Type().In(0))
	if !ok {
		return "", false
	}
	args := []reflect.Value{arg}
	if fn.Type().NumIn() == 2 {
		// the name of the value's type, which the Method's cases of named
		// basic types need (rt/typenames.go)
		held := v
		if held.Kind() == reflect.Interface && !held.IsNil() {
			held = held.Elem()
		}
		name, _ := heldTypeName(held)
		args = append(args, reflect.ValueOf(name))
	}
	defer func() {
		if r := recover(); r != nil {
			s, ok = fmt.Sprintf("%%!%c(PANIC=String method: %v)", w.format[len(w.format)-1], r), true
		}
	}()
	out := fn.Call(args)
	if !out[1].Bool() {
		return "", false
	}
	return fmt.Sprintf(w.format, out[0].String()), true
}

// methodArg is v as the argument of a Printer's Method taking in: for a
// cell's interface, v as yaegi holds it (its valueInterface); for the
// empty interface (an element of an []any), a value of the interpreter's
// types with methods out of yaegi's wrapper (a case of the method's type
// switch did not match it in), or a struct or a pointer to one: the cases
// match by structure (and struct tags, structidentity.go).
func methodArg(v reflect.Value, in reflect.Type) (reflect.Value, bool) {
	if in.Kind() != reflect.Interface || in.NumMethod() > 0 {
		inner, held := heldValue(v)
		return v, v.Type() == in && held && inner.IsValid()
	}
	if v.Kind() == reflect.Interface {
		if v.IsNil() {
			return v, false
		}
		v = v.Elem()
	}
	inner, held := heldValue(v)
	switch {
	case held && inner.IsValid() && inner.CanInterface():
		v = inner
	case held || !structOrPointer(v) || !v.CanInterface():
		return v, false
	}
	arg := reflect.New(in).Elem()
	arg.Set(v)
	return arg, true
}

// holdsInterpreted reports whether fmt would print v wrongly: v holds a
// value in yaegi's valueInterface (a value of a cell's type with methods,
// other than a struct, in an any printed as {0xc000... {...}}), or, for
// %+v, a struct of a cell's whose field names yaegi changed. fmt shows a
// pointer below the top as an address, so only the top one is followed.
func holdsInterpreted(v reflect.Value, plus bool, depth int) bool {
	if !v.IsValid() || depth > 16 {
		return false
	}
	if _, held := valueField(v.Type()); held {
		return true
	}
	switch v.Kind() {
	case reflect.Interface:
		return !v.IsNil() && holdsInterpreted(v.Elem(), plus, depth+1)
	case reflect.Pointer:
		return depth == 0 && !v.IsNil() && holdsInterpreted(v.Elem(), plus, depth+1)
	case reflect.Slice, reflect.Array:
		if scalar(v.Type().Elem()) {
			return false
		}
		for i := range v.Len() {
			if holdsInterpreted(v.Index(i), plus, depth+1) {
				return true
			}
		}
	case reflect.Map:
		for it := v.MapRange(); it.Next(); {
			if holdsInterpreted(it.Key(), plus, depth+1) || holdsInterpreted(it.Value(), plus, depth+1) {
				return true
			}
		}
	case reflect.Struct:
		for i := range v.NumField() {
			f := v.Type().Field(i)
			if plus && fieldName(f) != f.Name || holdsInterpreted(v.Field(i), plus, depth+1) {
				return true
			}
		}
	}
	return false
}

// scalar reports whether values of t hold nothing but numbers, strings
// and bools.
func scalar(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Interface, reflect.Struct, reflect.Pointer, reflect.Slice, reflect.Array, reflect.Map:
		return false
	}
	return true
}

// structOrPointer reports whether v is a struct or a non-nil pointer to one.
func structOrPointer(v reflect.Value) bool {
	return v.Kind() == reflect.Struct || v.Kind() == reflect.Pointer && !v.IsNil() && v.Elem().Kind() == reflect.Struct
}
