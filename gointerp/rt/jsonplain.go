package rt

import "reflect"

// JSONPlain is x for encoding/json with the values that yaegi holds in
// its own wrapper (a cell's named type with methods, such as
// `type Level int`, in an any) taken out of it: json wrote the wrapper as
// {}. It rebuilds the empty interfaces, the maps with string keys and the
// slices of empty interfaces that hold such values; anything else stays,
// or is mirrored when its type holds an embedded field (jsonembed.go).
func JSONPlain(x any) any { return jsonPlain(reflect.ValueOf(x)) }

func jsonPlain(v reflect.Value) any {
	v = dynamicValue(v)
	if !v.IsValid() || v.Kind() == reflect.Interface { // nil
		return nil
	}
	switch v.Kind() {
	case reflect.Map:
		if !v.IsNil() && v.Type().Key().Kind() == reflect.String && v.Type().Elem().Kind() == reflect.Interface {
			out := make(map[string]any, v.Len())
			for it := v.MapRange(); it.Next(); {
				out[it.Key().String()] = jsonPlain(it.Value())
			}
			return out
		}
	case reflect.Slice:
		if !v.IsNil() && v.Type().Elem().Kind() == reflect.Interface {
			out := make([]any, v.Len())
			for i := range out {
				out[i] = jsonPlain(v.Index(i))
			}
			return out
		}
	}
	if !v.CanInterface() {
		return nil
	}
	if mt, ok := mirrorOf(v.Type()); ok {
		return toMirror(v, mt).Interface()
	}
	return v.Interface()
}
