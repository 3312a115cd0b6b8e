package rt

import (
	"encoding/json"
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// Embedded struct fields in JSON. yaegi builds a cell's struct types with
// reflect.StructOf, which cannot mark a field embedded when the struct
// has others, so encoding/json wrote `type User struct{ Base; Name
// string }` as {"Base":{"id":1},"name":"ann"} where Go writes
// {"id":1,"name":"ann"}, and Unmarshal left Base's fields unset. The
// kernel tags each embedded field it declares EmbedTag; a value whose type
// holds such a field is encoded and decoded through a mirror type in
// which the embedded fields' fields are promoted by encoding/json's rules
// (the shallowest field of a name wins, then the one tagged, else none),
// and copied back after decoding. JSONPlain mirrors the values it is
// given.

// EmbedTag is the struct tag key marking a field the cell declared
// embedded.
const EmbedTag = "spargo"

// JSONUnmarshal is json.Unmarshal(data, p) for a p whose type holds an
// embedded field.
func JSONUnmarshal(data []byte, p any) error {
	return decodeMirrored(p, func(target any) error { return json.Unmarshal(data, target) })
}

// JSONDecode is dec.Decode(p) for a p whose type holds an embedded field.
func JSONDecode(dec *json.Decoder, p any) error {
	return decodeMirrored(p, dec.Decode)
}

// decodeMirrored decodes with decode into a mirror of *p filled from it,
// then copies the result back into *p.
func decodeMirrored(p any, decode func(any) error) error {
	v := reflect.ValueOf(p)
	if v.Kind() != reflect.Pointer || v.IsNil() {
		return decode(p) // json's own error
	}
	mt, ok := mirrorOf(v.Type().Elem())
	if !ok {
		return decode(p)
	}
	m := reflect.New(mt)
	m.Elem().Set(toMirror(v.Elem(), mt))
	if err := decode(m.Interface()); err != nil {
		return err
	}
	fromMirror(m.Elem(), v.Elem())
	return nil
}

// mfield is a field of a mirror struct: a JSON key and the path to the
// field it stands for.
type mfield struct {
	key, opts string
	path      []int
	viaPtr    bool // the path goes through an embedded pointer
	tagged    bool
	typ       reflect.Type
}

var mirrors sync.Map // reflect.Type → mirrorType

type mirrorType struct {
	t      reflect.Type // nil: no mirror needed
	fields []mfield     // for structs
}

// mirrorOf returns the mirror type of t, false when t needs none (or is
// recursive, which is left as it is).
func mirrorOf(t reflect.Type) (reflect.Type, bool) {
	m := mirrorFor(t, map[reflect.Type]bool{})
	return m.t, m.t != nil
}

func mirrorFor(t reflect.Type, visiting map[reflect.Type]bool) mirrorType {
	if m, ok := mirrors.Load(t); ok {
		return m.(mirrorType)
	}
	if visiting[t] {
		return mirrorType{}
	}
	visiting[t] = true
	defer delete(visiting, t)
	var m mirrorType
	switch t.Kind() {
	case reflect.Pointer:
		if e := mirrorFor(t.Elem(), visiting); e.t != nil {
			m.t = reflect.PointerTo(e.t)
		}
	case reflect.Slice:
		if e := mirrorFor(t.Elem(), visiting); e.t != nil {
			m.t = reflect.SliceOf(e.t)
		}
	case reflect.Array:
		if e := mirrorFor(t.Elem(), visiting); e.t != nil {
			m.t = reflect.ArrayOf(t.Len(), e.t)
		}
	case reflect.Map:
		if e := mirrorFor(t.Elem(), visiting); e.t != nil {
			m.t = reflect.MapOf(t.Key(), e.t)
		}
	case reflect.Struct:
		m = mirrorStruct(t, visiting)
	}
	mirrors.Store(t, m)
	return m
}

// mirrorStruct builds the mirror of struct type t when it embeds a field
// or a field's type needs a mirror.
func mirrorStruct(t reflect.Type, visiting map[reflect.Type]bool) mirrorType {
	fields, embeds := jsonFields(t)
	needed := embeds
	var sfs []reflect.StructField
	for i, f := range fields {
		ft := f.typ
		if e := mirrorFor(ft, visiting); e.t != nil {
			ft, needed = e.t, true
		}
		opts := f.opts
		if f.viaPtr {
			// nil when the embedded pointer is: omitted, as Go does
			ft = reflect.PointerTo(ft)
			if !strings.Contains(opts, ",omitempty") {
				opts += ",omitempty"
			}
		}
		sfs = append(sfs, reflect.StructField{
			Name: "F" + strconv.Itoa(i),
			Type: ft,
			Tag:  reflect.StructTag(`json:"` + f.key + opts + `"`),
		})
	}
	if !needed {
		return mirrorType{}
	}
	return mirrorType{t: reflect.StructOf(sfs), fields: fields}
}

// jsonFields lists the fields encoding/json sees in t with the embedded
// fields' fields promoted, in field order; embeds reports whether t
// embeds one.
func jsonFields(t reflect.Type) (fields []mfield, embeds bool) {
	var all []mfield
	var walk func(t reflect.Type, path []int, viaPtr bool, seen map[reflect.Type]bool)
	walk = func(t reflect.Type, path []int, viaPtr bool, seen map[reflect.Type]bool) {
		for i := 0; i < t.NumField(); i++ {
			sf := t.Field(i)
			p := append(append([]int{}, path...), i)
			tag, hasTag := sf.Tag.Lookup("json")
			if tag == "-" {
				continue
			}
			key, opts, _ := strings.Cut(tag, ",")
			if opts != "" {
				opts = "," + opts
			}
			ft := sf.Type
			if sf.Tag.Get(EmbedTag) == "embed" && key == "" {
				embeds = true
				et, ptr := ft, false
				if et.Kind() == reflect.Pointer {
					et, ptr = et.Elem(), true
				}
				if et.Kind() == reflect.Struct && !seen[et] {
					seen[et] = true
					walk(et, p, viaPtr || ptr, seen)
					delete(seen, et)
					continue
				}
			}
			if !sf.IsExported() {
				continue
			}
			if key == "" {
				key = sf.Name
			}
			all = append(all, mfield{key: key, opts: opts, path: p, viaPtr: viaPtr, tagged: hasTag && tag != "" && !strings.HasPrefix(tag, ","), typ: ft})
		}
	}
	walk(t, nil, false, map[reflect.Type]bool{t: true})
	return dominant(all), embeds
}

// dominant keeps, for each key, the shallowest field, or among the
// shallowest the only tagged one; a key with no such field is dropped.
func dominant(all []mfield) []mfield {
	byKey := map[string][]mfield{}
	for _, f := range all {
		byKey[f.key] = append(byKey[f.key], f)
	}
	var out []mfield
	for _, fs := range byKey {
		sort.SliceStable(fs, func(i, j int) bool { return len(fs[i].path) < len(fs[j].path) })
		top := fs[:1]
		for _, f := range fs[1:] {
			if len(f.path) == len(fs[0].path) {
				top = append(top, f)
			}
		}
		if len(top) > 1 {
			var tagged []mfield
			for _, f := range top {
				if f.tagged {
					tagged = append(tagged, f)
				}
			}
			if len(tagged) != 1 {
				continue
			}
			top = tagged
		}
		out = append(out, top[0])
	}
	sort.Slice(out, func(i, j int) bool { return lessPath(out[i].path, out[j].path) })
	return out
}

func lessPath(a, b []int) bool {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return a[i] < b[i]
		}
	}
	return len(a) < len(b)
}

// toMirror copies v into a new value of its mirror type mt.
func toMirror(v reflect.Value, mt reflect.Type) reflect.Value {
	if v.Type() == mt {
		return v
	}
	out := reflect.New(mt).Elem()
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			p := reflect.New(mt.Elem())
			p.Elem().Set(toMirror(v.Elem(), mt.Elem()))
			out.Set(p)
		}
	case reflect.Slice:
		if !v.IsNil() {
			out.Set(reflect.MakeSlice(mt, v.Len(), v.Len()))
			for i := 0; i < v.Len(); i++ {
				out.Index(i).Set(toMirror(v.Index(i), mt.Elem()))
			}
		}
	case reflect.Array:
		for i := 0; i < v.Len(); i++ {
			out.Index(i).Set(toMirror(v.Index(i), mt.Elem()))
		}
	case reflect.Map:
		if !v.IsNil() {
			out.Set(reflect.MakeMapWithSize(mt, v.Len()))
			for it := v.MapRange(); it.Next(); {
				out.SetMapIndex(it.Key(), toMirror(it.Value(), mt.Elem()))
			}
		}
	case reflect.Struct:
		m, _ := mirrors.Load(v.Type())
		for i, f := range m.(mirrorType).fields {
			fv, ok := fieldAt(v, f.path)
			if !ok {
				continue
			}
			target := out.Field(i)
			if f.viaPtr && strings.Contains(f.opts, ",omitempty") && isEmptyValue(fv) {
				continue
			}
			if f.viaPtr {
				p := reflect.New(target.Type().Elem())
				target.Set(p)
				target = p.Elem()
			}
			target.Set(toMirror(fv, target.Type()))
		}
	default:
		panic(fmt.Sprintf("spargo: no JSON mirror for %s", v.Type()))
	}
	return out
}

// fieldAt follows path from struct v; false through a nil pointer.
func fieldAt(v reflect.Value, path []int) (reflect.Value, bool) {
	for _, i := range path {
		for v.Kind() == reflect.Pointer {
			if v.IsNil() {
				return reflect.Value{}, false
			}
			v = v.Elem()
		}
		v = v.Field(i)
	}
	return v, true
}

// fromMirror copies mirror value m into dst, settable, of the type m
// mirrors.
func fromMirror(m, dst reflect.Value) {
	if m.Type() == dst.Type() {
		dst.Set(m)
		return
	}
	switch dst.Kind() {
	case reflect.Pointer:
		if m.IsNil() {
			dst.SetZero()
			return
		}
		if dst.IsNil() {
			dst.Set(reflect.New(dst.Type().Elem()))
		}
		fromMirror(m.Elem(), dst.Elem())
	case reflect.Slice:
		if m.IsNil() {
			dst.SetZero()
			return
		}
		dst.Set(reflect.MakeSlice(dst.Type(), m.Len(), m.Len()))
		for i := 0; i < m.Len(); i++ {
			fromMirror(m.Index(i), dst.Index(i))
		}
	case reflect.Array:
		for i := 0; i < m.Len(); i++ {
			fromMirror(m.Index(i), dst.Index(i))
		}
	case reflect.Map:
		if m.IsNil() {
			dst.SetZero()
			return
		}
		dst.Set(reflect.MakeMapWithSize(dst.Type(), m.Len()))
		for it := m.MapRange(); it.Next(); {
			e := reflect.New(dst.Type().Elem()).Elem()
			fromMirror(it.Value(), e)
			dst.SetMapIndex(it.Key(), e)
		}
	case reflect.Struct:
		mt, _ := mirrors.Load(dst.Type())
		for i, f := range mt.(mirrorType).fields {
			mf := m.Field(i)
			if f.viaPtr {
				if mf.IsNil() {
					continue
				}
				mf = mf.Elem()
			}
			fromMirror(mf, settableField(dst, f.path))
		}
	}
}

// settableField follows path from struct dst, allocating nil embedded
// pointers on the way.
func settableField(v reflect.Value, path []int) reflect.Value {
	for _, i := range path {
		for v.Kind() == reflect.Pointer {
			if v.IsNil() {
				v.Set(reflect.New(v.Type().Elem()))
			}
			v = v.Elem()
		}
		v = v.Field(i)
	}
	return v
}

// isEmptyValue is encoding/json's test for omitempty.
func isEmptyValue(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Interface, reflect.Pointer:
		return v.IsZero()
	}
	return false
}
