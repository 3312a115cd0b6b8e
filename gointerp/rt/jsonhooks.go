package rt

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

// MarshalJSON and UnmarshalJSON methods of a cell's types. reflect has
// no methods of yaegi's types, so encoding/json never called them. The
// kernel knows, from the static type of what a cell marshals, where such
// types sit in it, as paths from the value marshalled: ".2" is field 2 of
// a struct (".1.0" field 0 of the struct embedded as field 1), "[]" an
// element of a slice or an array, "{}" a value of a map, "{k}" a map's
// key (MarshalText and UnmarshalText only, as json), "*" what a pointer
// points to. It passes, for each path, a function that calls the
// method (interpreted code, which sees methods). JSONWith then writes the
// value as a tree of JSON values, with each method's output in place,
// and JSONUnmarshalWith decodes along the same paths. Elsewhere the value
// goes to encoding/json as it is (JSONPlain's, with embedded fields).

// MarshalHooks maps a path to a function returning the JSON of the value
// there.
type MarshalHooks = map[string]func(any) ([]byte, error)

// UnmarshalHooks maps a path to a function returning the value decoded
// from the JSON given.
type UnmarshalHooks = map[string]func([]byte) (any, error)

// JSONWith is x for json.Marshal, with the hooks' output in place. A hook
// "#T" is for a value of the cell's type T found in an empty interface:
// one yaegi records as of type T (a type with methods), or a struct of a
// reflect type that known gives, as zero values each followed by its
// name.
func JSONWith(x any, hooks MarshalHooks, known ...any) any {
	w := hookWriter{hooks: hooks}
	for k := range hooks {
		w.dynamic = w.dynamic || strings.HasPrefix(k, "#")
	}
	if len(known) > 0 {
		w.structs = knownNames(known)
	}
	return w.tree(reflect.ValueOf(x), "")
}

// JSONBytes is json.Marshal(JSONWith(x, hooks)), a "#T" hook's body for a
// struct type T whose fields have hooks.
func JSONBytes(x any, hooks MarshalHooks) ([]byte, error) {
	return json.Marshal(JSONWith(x, hooks))
}

type hookWriter struct {
	hooks   MarshalHooks
	dynamic bool                    // hooks has "#T" hooks
	structs map[reflect.Type]string // the cell's struct types by reflect type, for them
}

func (w hookWriter) has(path string) bool { return w.dynamic || hookAtOrBelow(w.hooks, path) }

// typeHook is the "#T" hook for v, a value in an empty interface or an
// element or field (T's name from yaegi's valueInterface, or from the
// known struct types), and the value to pass it.
func (w hookWriter) typeHook(v reflect.Value) (func(any) ([]byte, error), reflect.Value) {
	if !w.dynamic || !v.IsValid() {
		return nil, v
	}
	if v.Kind() == reflect.Interface && !v.IsNil() {
		v = v.Elem()
	}
	name, held := heldTypeName(v)
	if held {
		v, _ = heldValue(v)
	} else if v.IsValid() {
		name = w.structs[v.Type()]
	}
	if name == "" || !v.IsValid() || !v.CanInterface() {
		return nil, v
	}
	return w.hooks["#"+name], v
}

// hookAtOrBelow reports whether hooks has a hook at path or under it.
func hookAtOrBelow[F any](hooks map[string]F, path string) bool {
	for p := range hooks {
		if strings.HasPrefix(p, path) {
			return true
		}
	}
	return false
}

func (w hookWriter) tree(v reflect.Value, path string) any {
	if !v.IsValid() {
		return nil
	}
	if hook, ok := w.hooks[path]; ok {
		if v.Kind() == reflect.Pointer && v.IsNil() {
			return nil
		}
		b, err := hook(v.Interface())
		if err != nil {
			return failed{err}
		}
		return json.RawMessage(b)
	}
	if built(v) {
		return v.Interface()
	}
	if hook, x := w.typeHook(v); hook != nil {
		b, err := hook(x.Interface())
		if err != nil {
			return failed{err}
		}
		return json.RawMessage(b)
	}
	if !w.has(path) || v.Kind() == reflect.Struct && v.Type().Name() != "" {
		return jsonPlain(v) // (a named struct is the standard library's: time.Time)
	}
	switch v.Kind() {
	case reflect.Interface:
		if v.IsNil() {
			return nil
		}
		return w.tree(dynamicValue(v), path+"~") // no static hook lies in it
	case reflect.Pointer:
		if v.IsNil() {
			return nil
		}
		return w.tree(v.Elem(), path+"*")
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.IsNil() {
			return nil
		}
		out := make([]any, v.Len())
		for i := range out {
			out[i] = w.tree(v.Index(i), path+"[]")
		}
		return out
	case reflect.Map:
		if v.IsNil() {
			return nil
		}
		out := make(map[string]any, v.Len())
		keyHook := w.hooks[path+"{k}"]
		for it := v.MapRange(); it.Next(); {
			k := mapKey(it.Key())
			if keyHook != nil {
				b, err := keyHook(it.Key().Interface())
				if err == nil {
					err = json.Unmarshal(b, &k)
				}
				if err != nil {
					return failed{err}
				}
			}
			out[k] = w.tree(it.Value(), path+"{}")
		}
		return out
	case reflect.Struct:
		fields, _ := jsonFields(v.Type())
		var obj object
		for _, f := range fields {
			fv, ok := fieldAt(v, f.path)
			if !ok || strings.Contains(f.opts, ",omitempty") && isEmptyValue(fv) || strings.Contains(f.opts, ",omitzero") && fv.IsZero() {
				continue
			}
			obj = append(obj, member{f.key, w.tree(fv, path+fieldPath(f.path))})
		}
		return obj
	}
	return jsonPlain(v)
}

// built reports whether v holds what JSONWith made already (an element
// of a literal the kernel wrapped): its JSON is written as it is.
func built(v reflect.Value) bool {
	if v.Kind() == reflect.Interface && !v.IsNil() {
		v = v.Elem()
	}
	switch v.Type() {
	case reflect.TypeFor[object](), reflect.TypeFor[json.RawMessage](), reflect.TypeFor[failed]():
		return true
	}
	return false
}

// fieldPath writes a field's index path as a hook path.
func fieldPath(p []int) string {
	var b strings.Builder
	for _, i := range p {
		b.WriteString("." + strconv.Itoa(i))
	}
	return b.String()
}

// mapKey writes a map key as encoding/json does for strings and integers.
func mapKey(k reflect.Value) string {
	switch k.Kind() {
	case reflect.String:
		return k.String()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(k.Int(), 10)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return strconv.FormatUint(k.Uint(), 10)
	}
	return fmt.Sprint(k.Interface())
}

// object is a struct as JSON, its members in field order.
type object []member

type member struct {
	key   string
	value any
}

// MarshalJSON writes the members in order.
func (o object) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, m := range o {
		if i > 0 {
			b.WriteByte(',')
		}
		k, _ := json.Marshal(m.key)
		v, err := json.Marshal(m.value)
		if err != nil {
			return nil, err
		}
		b.Write(k)
		b.WriteByte(':')
		b.Write(v)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// failed is a value whose method returned an error: encoding/json
// reports it.
type failed struct{ err error }

func (f failed) MarshalJSON() ([]byte, error) { return nil, f.err }

// JSONUnmarshalWith is json.Unmarshal(data, p) with the hooks decoding
// the values at their paths.
func JSONUnmarshalWith(data []byte, p any, hooks UnmarshalHooks) error {
	v := reflect.ValueOf(p)
	if v.Kind() != reflect.Pointer || v.IsNil() {
		return json.Unmarshal(data, p) // json's own error
	}
	if !json.Valid(data) {
		return json.Unmarshal(data, new(any)) // its syntax error
	}
	r := hookReader{hooks: hooks}
	return r.decode(data, v.Elem(), "")
}

// JSONDecodeWith is dec.Decode(p) with the hooks.
func JSONDecodeWith(dec *json.Decoder, p any, hooks UnmarshalHooks) error {
	var raw json.RawMessage
	if err := dec.Decode(&raw); err != nil {
		return err
	}
	v := reflect.ValueOf(p)
	if v.Kind() != reflect.Pointer || v.IsNil() || !json.Valid(raw) {
		return JSONUnmarshalWith(raw, p, hooks)
	}
	useNumber, strict := decoderOptions(dec)
	r := hookReader{hooks: hooks, useNumber: useNumber, strict: strict}
	return r.decode(raw, v.Elem(), "")
}

// hookReader decodes with hooks, as a decoder with the options useNumber
// and strict (DisallowUnknownFields) would.
type hookReader struct {
	hooks             UnmarshalHooks
	useNumber, strict bool
}

func (r hookReader) has(path string) bool { return hookAtOrBelow(r.hooks, path) }

// decode decodes raw into dst, settable.
func (r hookReader) decode(raw []byte, dst reflect.Value, path string) error {
	if hook, ok := r.hooks[path]; ok {
		x, err := hook(raw)
		if err != nil {
			return err
		}
		if xv := reflect.ValueOf(x); xv.IsValid() {
			dst.Set(xv.Convert(dst.Type()))
		}
		return nil
	}
	null := string(bytes.TrimSpace(raw)) == "null"
	if !r.has(path) {
		p := reflect.New(dst.Type())
		p.Elem().Set(dst)
		if err := decodeMirrored(p.Interface(), func(target any) error { return r.unmarshal(raw, target) }); err != nil {
			return err
		}
		dst.Set(p.Elem())
		return nil
	}
	switch dst.Kind() {
	case reflect.Pointer:
		if null {
			dst.SetZero()
			return nil
		}
		if dst.IsNil() {
			dst.Set(reflect.New(dst.Type().Elem()))
		}
		return r.decode(raw, dst.Elem(), path+"*")
	case reflect.Slice, reflect.Array:
		return r.decodeList(raw, dst, path, null)
	case reflect.Map:
		return r.decodeMap(raw, dst, path, null)
	case reflect.Struct:
		return r.decodeStruct(raw, dst, path, null)
	}
	return r.unmarshal(raw, dst.Addr().Interface())
}

func (r hookReader) decodeList(raw []byte, dst reflect.Value, path string, null bool) error {
	if null {
		if dst.Kind() == reflect.Slice {
			dst.SetZero()
		}
		return nil
	}
	var elems []json.RawMessage
	if err := json.Unmarshal(raw, &elems); err != nil {
		return err
	}
	if dst.Kind() == reflect.Slice {
		dst.Set(reflect.MakeSlice(dst.Type(), len(elems), len(elems)))
	}
	for i, e := range elems {
		if i >= dst.Len() {
			break
		}
		if err := r.decode(e, dst.Index(i), path+"[]"); err != nil {
			return err
		}
	}
	return nil
}

func (r hookReader) decodeMap(raw []byte, dst reflect.Value, path string, null bool) error {
	if null {
		dst.SetZero()
		return nil
	}
	var members map[string]json.RawMessage
	if err := json.Unmarshal(raw, &members); err != nil {
		return err
	}
	if dst.IsNil() {
		dst.Set(reflect.MakeMap(dst.Type()))
	}
	keyHook := r.hooks[path+"{k}"]
	for k, m := range members {
		key := reflect.New(dst.Type().Key()).Elem()
		if keyHook != nil {
			x, err := keyHook(strconv.AppendQuote(nil, k))
			if err != nil {
				return err
			}
			key.Set(reflect.ValueOf(x).Convert(key.Type()))
		} else if err := json.Unmarshal(strconv.AppendQuote(nil, k), key.Addr().Interface()); err != nil {
			n, perr := strconv.ParseInt(k, 10, 64)
			if perr != nil || !key.CanInt() {
				return err
			}
			key.SetInt(n)
		}
		e := reflect.New(dst.Type().Elem()).Elem()
		if err := r.decode(m, e, path+"{}"); err != nil {
			return err
		}
		dst.SetMapIndex(key, e)
	}
	return nil
}

func (r hookReader) decodeStruct(raw []byte, dst reflect.Value, path string, null bool) error {
	if null {
		return nil
	}
	members, err := orderedMembers(raw)
	if err != nil {
		return err
	}
	fields, _ := jsonFields(dst.Type())
	var first error // as json, the first error, in the document's order
	for _, m := range members {
		f, ok := fieldFor(fields, m.key)
		if !ok {
			if r.strict && first == nil {
				first = fmt.Errorf("json: unknown field %q", m.key)
			}
			continue
		}
		if err := r.decode(m.value, settableField(dst, f.path), path+fieldPath(f.path)); err != nil && first == nil {
			first = inField(err, m.key)
		}
	}
	return first
}

// inField is err, from decoding the member k of an object, with k
// prefixed to the path of the field json reports, as json does.
func inField(err error, k string) error {
	// (only json's own error, as json's decoder adds the context: one an
	// UnmarshalJSON method wrapped stays as it is)
	if te, ok := err.(*json.UnmarshalTypeError); ok {
		if te.Field == "" {
			te.Field = k
		} else {
			te.Field = k + "." + te.Field
		}
	}
	return err
}

// fieldFor finds the field of JSON key k: the exact key, else one that
// differs in case only, as encoding/json does.
func fieldFor(fields []mfield, k string) (mfield, bool) {
	for _, f := range fields {
		if f.key == k {
			return f, true
		}
	}
	for _, f := range fields {
		if strings.EqualFold(f.key, k) {
			return f, true
		}
	}
	return mfield{}, false
}

// JSONText is the JSON string of a MarshalText method's result.
func JSONText(b []byte, err error) ([]byte, error) {
	if err != nil {
		return nil, err
	}
	return json.Marshal(string(b))
}

// JSONTextOf is the text a JSON string b holds, for an UnmarshalText
// method: json calls it with the string's contents.
func JSONTextOf(b []byte) ([]byte, error) {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return nil, err
	}
	return []byte(s), nil
}

// JSONStructNames is err, from decoding JSON into a value of a cell's
// struct type, with the name of the struct a field that could not be
// decoded belongs to, from names (by the JSON path of the object): yaegi's
// struct types have no name to reflect, and json wrote "Go struct field
// .version" (gointerp's jsonStructNames).
func JSONStructNames(err error, names map[string]string) error {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) && te.Struct == "" && te.Field != "" { // (a top-level value is no field)
		prefix := ""
		if i := strings.LastIndex(te.Field, "."); i >= 0 {
			prefix = te.Field[:i]
		}
		if n, ok := names[prefix]; ok {
			te.Struct = n
		}
	}
	return err
}

// JSONStructNamesOf is JSONStructNames for a value decoded through an
// interface (an Event holding a *Deposit): the struct's name is found from
// its reflect type among known's, zero values each followed by its name
// as %T prints it (gointerp's knownTypes). Only a field of the struct
// itself is named.
func JSONStructNamesOf(err error, target any, known ...any) error {
	var te *json.UnmarshalTypeError
	if !errors.As(err, &te) || te.Struct != "" || te.Field == "" || strings.Contains(te.Field, ".") {
		return err
	}
	v := reflect.ValueOf(target)
	for v.IsValid() && (v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface) && !v.IsNil() {
		v = v.Elem()
	}
	if v.IsValid() && v.Kind() == reflect.Struct {
		if name := knownNames(known)[v.Type()]; name != "" {
			te.Struct = strings.TrimPrefix(name, "main.")
		}
	}
	return err
}
