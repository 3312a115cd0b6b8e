package rt

import (
	"reflect"
	"strconv"
	"strings"
)

// NativeHas reports whether x is a value of a compiled type (the standard
// library's) with the methods sigs names, each as "Name/in/out/ins|outs"
// (its numbers of parameters and results, and their types as reflect
// names them, "?" for any): the test of an assertion to a cell's
// interface, which yaegi gets wrong for such values (gointerp/forward.go).
func NativeHas(x any, sigs ...string) bool {
	v := reflect.ValueOf(x)
	if !v.IsValid() {
		return false
	}
	if _, held := heldValue(v); held {
		return false
	}
	for _, s := range sigs {
		parts := strings.Split(s, "/")
		if len(parts) != 4 {
			return false
		}
		m := v.MethodByName(parts[0])
		in, _ := strconv.Atoi(parts[1])
		out, _ := strconv.Atoi(parts[2])
		if !m.IsValid() || m.Type().NumIn() != in || m.Type().NumOut() != out || m.Type().IsVariadic() {
			return false
		}
		ins, outs, _ := strings.Cut(parts[3], "|")
		if !typesNamed(ins, in, m.Type().In) || !typesNamed(outs, out, m.Type().Out) {
			return false
		}
	}
	return true
}

// typesNamed reports whether the n types that at gives have the reflect
// names of list (comma separated; "?" matches any).
func typesNamed(list string, n int, at func(int) reflect.Type) bool {
	if n == 0 {
		return true
	}
	names := strings.Split(list, ",")
	if len(names) != n {
		return false
	}
	for i, name := range names {
		if name != "?" && at(i).String() != name {
			return false
		}
	}
	return true
}

// CallMethod calls x's method name with args, for a forwarder of a cell,
// and returns its results.
func CallMethod(x any, name string, args ...any) []any {
	m := reflect.ValueOf(x).MethodByName(name)
	in := make([]reflect.Value, len(args))
	for i, a := range args {
		if a == nil {
			in[i] = reflect.Zero(m.Type().In(i))
		} else {
			in[i] = reflect.ValueOf(a)
		}
	}
	out := m.Call(in)
	res := make([]any, len(out))
	for i, o := range out {
		res[i] = o.Interface()
	}
	return res
}
