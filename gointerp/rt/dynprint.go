package rt

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
)

// dynamic writes v, a value held in an interface, as fmt writes it, with
// the names Go gives its fields: yaegi builds a cell's struct types with
// every field exported (note becomes Xnote), and the cell tags each such
// field json:"-" (so encoding/json skips it), which tells them apart. A
// value with an Error, String or Format method prints as fmt prints it.
func (w valueWriter) dynamic(v reflect.Value, top bool) string {
	for v.Kind() == reflect.Interface {
		if v.IsNil() {
			return "<nil>"
		}
		v = v.Elem()
	}
	if !v.IsValid() {
		return "<nil>"
	}
	if v.CanInterface() {
		switch v.Interface().(type) {
		case error, fmt.Stringer, fmt.Formatter:
			return w.plain(v)
		}
	}
	switch v.Kind() {
	case reflect.Struct:
		t := v.Type()
		parts := make([]string, v.NumField())
		for i := range parts {
			parts[i] = w.dynamic(v.Field(i), false)
			if w.plus {
				parts[i] = fieldName(t.Field(i)) + ":" + parts[i]
			}
		}
		return "{" + strings.Join(parts, " ") + "}"
	case reflect.Slice, reflect.Array:
		parts := make([]string, v.Len())
		for i := range parts {
			parts[i] = w.dynamic(v.Index(i), false)
		}
		return "[" + strings.Join(parts, " ") + "]"
	case reflect.Map:
		keys := v.MapKeys()
		sort.SliceStable(keys, func(i, j int) bool { return less(keys[i], keys[j]) })
		parts := make([]string, len(keys))
		for i, k := range keys {
			parts[i] = w.dynamic(k, false) + ":" + w.dynamic(v.MapIndex(k), false)
		}
		return "map[" + strings.Join(parts, " ") + "]"
	case reflect.Pointer:
		if v.IsNil() {
			return "<nil>"
		}
		switch v.Elem().Kind() {
		case reflect.Struct, reflect.Slice, reflect.Array, reflect.Map:
			if top {
				return "&" + w.dynamic(v.Elem(), false)
			}
			return fmt.Sprintf("0x%x", v.Pointer())
		}
	}
	return w.plain(v)
}

// fieldName is the name Go gives field f of a cell's struct type.
func fieldName(f reflect.StructField) string {
	if len(f.Name) > 1 && f.Name[0] == 'X' && f.Tag.Get("json") == "-" {
		return f.Name[1:]
	}
	return f.Name
}
