package rt

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
)

// Elems formats a slice, array or map whose elements (or keys) are values
// of a cell's type with a String or Error method. yaegi builds the cell's
// types with reflect, without methods, so fmt printed `[1 2]` for a
// []Celsius whose elements print as 21.5°C alone. Cells pass such a
// container to fmt's printing functions as Elems(x, key, elem), where key
// and elem call the method (nil when the keys or elements have none).
func Elems(x any, key, elem func(any) string) any {
	return elems{x, key, elem}
}

type elems struct {
	x         any
	key, elem func(any) string
}

// Format prints the container as fmt does, calling the methods for the
// verbs that use them (%v, %s, %q, %x, %X, not %#v); other verbs print it
// unchanged.
func (e elems) Format(f fmt.State, verb rune) {
	format := fmt.FormatString(f, verb)
	if !strings.ContainsRune("vsqxX", verb) || f.Flag('#') {
		fmt.Fprintf(f, format, e.x)
		return
	}
	item := func(v reflect.Value, str func(any) string) string {
		if str != nil && v.CanInterface() {
			return fmt.Sprintf(format, str(v.Interface()))
		}
		return fmt.Sprintf(format, v.Interface())
	}
	v := reflect.ValueOf(e.x)
	var parts []string
	switch v.Kind() {
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			parts = append(parts, item(v.Index(i), e.elem))
		}
		fmt.Fprint(f, "["+strings.Join(parts, " ")+"]")
	case reflect.Map:
		keys := v.MapKeys()
		sort.SliceStable(keys, func(i, j int) bool { return less(keys[i], keys[j]) })
		for _, k := range keys {
			parts = append(parts, item(k, e.key)+":"+item(v.MapIndex(k), e.elem))
		}
		fmt.Fprint(f, "map["+strings.Join(parts, " ")+"]")
	default:
		fmt.Fprintf(f, format, e.x)
	}
}

// less orders map keys as fmt does for the basic kinds.
func less(a, b reflect.Value) bool {
	switch a.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return a.Int() < b.Int()
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return a.Uint() < b.Uint()
	case reflect.Float32, reflect.Float64:
		return a.Float() < b.Float()
	case reflect.String:
		return a.String() < b.String()
	case reflect.Bool:
		return !a.Bool() && b.Bool()
	}
	return false
}
