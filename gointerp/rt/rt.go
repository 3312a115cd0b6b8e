// Package rt holds the kernel-side helpers that interpreted cells call: the
// value renderer and the interfaces it recognises. It is a real Go package
// (not only a symbol table) because yaegi finds interface wrappers by the
// interface's package path.
package rt

import (
	"fmt"
	"reflect"
	"sort"
	"unicode"
)

// HTMLer is implemented by values that render as HTML in the notebook.
type HTMLer interface{ HTML() string }

// Markdowner is implemented by values that render as Markdown.
type Markdowner interface{ Markdown() string }

// HTMLStringer and MarkdownStringer let one wrapper carry both methods:
// yaegi wraps an interpreted value as the first listed interface it meets.
type (
	HTMLStringer interface {
		HTML() string
		String() string
	}
	MarkdownStringer interface {
		Markdown() string
		String() string
	}
)

// Hidden is implemented by values that a final expression must not show
// (display handles, for example).
type Hidden interface{ SpargoHidden() }

// Render turns a cell's final value into a MIME bundle (nil: show nothing).
func Render(v any) map[string]any {
	if v == nil {
		return nil
	}
	if _, ok := v.(Hidden); ok {
		return nil
	}
	text := ""
	switch x := v.(type) {
	case htmlerWrapper:
		text = fmt.Sprintf("%v", x.IValue)
	case markdownerWrapper:
		text = fmt.Sprintf("%v", x.IValue)
	case fmt.Stringer:
		text = x.String()
	case error:
		text = x.Error()
	default:
		rv := reflect.ValueOf(v)
		if rv.Kind() == reflect.Func {
			text = rv.Type().String()
		} else {
			text = fmt.Sprintf("%v", v)
		}
	}
	b := map[string]any{"text/plain": text}
	if h, ok := v.(HTMLer); ok {
		b["text/html"] = h.HTML()
	}
	if m, ok := v.(Markdowner); ok {
		b["text/markdown"] = m.Markdown()
	}
	return b
}

// Members lists the exported fields and methods of v's type, for
// completion after "x.".
func Members(v any) []string {
	if v == nil {
		return nil
	}
	t := reflect.TypeOf(v)
	var out []string
	for i := 0; i < t.NumMethod(); i++ {
		out = append(out, t.Method(i).Name)
	}
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t.Kind() == reflect.Struct {
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			// yaegi builds cell-declared structs with unexported fields
			// renamed "X"+name; they are not members to offer.
			yaegiHidden := t.PkgPath() == "" && len(f.Name) > 1 && f.Name[0] == 'X' && unicode.IsLower(rune(f.Name[1]))
			if f.IsExported() && !yaegiHidden {
				out = append(out, f.Name)
			}
		}
	}
	return out
}

// SortOrdered sorts a slice of an ordered element kind natively (slices.Sort
// for cells).
func SortOrdered(x any) {
	v := reflect.ValueOf(x)
	swap := reflect.Swapper(x)
	var less func(i, j int) bool
	switch v.Type().Elem().Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		less = func(i, j int) bool { return v.Index(i).Int() < v.Index(j).Int() }
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		less = func(i, j int) bool { return v.Index(i).Uint() < v.Index(j).Uint() }
	case reflect.Float32, reflect.Float64:
		less = func(i, j int) bool {
			a, b := v.Index(i).Float(), v.Index(j).Float()
			return a < b || (a != a && b == b) // NaNs first, as slices.Sort
		}
	case reflect.String:
		less = func(i, j int) bool { return v.Index(i).String() < v.Index(j).String() }
	default:
		panic("slices.Sort: unordered element type " + v.Type().Elem().String())
	}
	sort.Sort(funcSorter{v.Len(), less, swap})
}

// SortSlice sorts x with less (stable when asked), for slices.SortFunc.
func SortSlice(x any, less func(i, j int) bool, stable bool) {
	if stable {
		sort.SliceStable(x, less)
	} else {
		sort.Slice(x, less)
	}
}

type funcSorter struct {
	n    int
	less func(i, j int) bool
	swap func(i, j int)
}

func (s funcSorter) Len() int           { return s.n }
func (s funcSorter) Less(i, j int) bool { return s.less(i, j) }
func (s funcSorter) Swap(i, j int)      { s.swap(i, j) }

// Wrappers let yaegi make interpreted types satisfy the interfaces above.
type (
	htmlerWrapper struct {
		IValue any
		WHTML  func() string
	}
	markdownerWrapper struct {
		IValue    any
		WMarkdown func() string
	}
	htmlStringerWrapper struct {
		IValue  any
		WHTML   func() string
		WString func() string
	}
	markdownStringerWrapper struct {
		IValue    any
		WMarkdown func() string
		WString   func() string
	}
)

func (w htmlerWrapper) HTML() string               { return w.WHTML() }
func (w markdownerWrapper) Markdown() string       { return w.WMarkdown() }
func (w htmlStringerWrapper) HTML() string         { return w.WHTML() }
func (w htmlStringerWrapper) String() string       { return w.WString() }
func (w markdownStringerWrapper) Markdown() string { return w.WMarkdown() }
func (w markdownStringerWrapper) String() string   { return w.WString() }

// Path is the import path under which cells see this package.
const Path = "github.com/spargo-kernel/spargo/gointerp/rt"

// Symbols returns rt's yaegi symbols plus extra, and the MapTypes entry that
// makes yaegi wrap interpreted values passed to Render.
func Symbols(extra map[string]reflect.Value) map[string]map[string]reflect.Value {
	syms := map[string]reflect.Value{
		"Render":            reflect.ValueOf(Render),
		"Members":           reflect.ValueOf(Members),
		"SortOrdered":       reflect.ValueOf(SortOrdered),
		"SortSlice":         reflect.ValueOf(SortSlice),
		"Recovered":         reflect.ValueOf(Recovered),
		"Interpreted":       reflect.ValueOf(Interpreted),
		"Unwrapped":         reflect.ValueOf(Unwrapped),
		"DecodeRune":        reflect.ValueOf(DecodeRune),
		"Equal":             reflect.ValueOf(Equal),
		"ErrorsIs":          reflect.ValueOf(ErrorsIs),
		"ErrorsUnwrap":      reflect.ValueOf(ErrorsUnwrap),
		"GoTypeName":        reflect.ValueOf(GoTypeName),
		"DynTypeName":       reflect.ValueOf(DynTypeName),
		"TypeNamed":         reflect.ValueOf(TypeNamed),
		"GoSyntax":          reflect.ValueOf(GoSyntax),
		"ErrorsAs":          reflect.ValueOf(ErrorsAs),
		"ErrorOf":           reflect.ValueOf(ErrorOf),
		"GoError":           reflect.ValueOf(GoError),
		"JSONPlain":         reflect.ValueOf(JSONPlain),
		"JSONUnmarshal":     reflect.ValueOf(JSONUnmarshal),
		"JSONDecode":        reflect.ValueOf(JSONDecode),
		"JSONWith":          reflect.ValueOf(JSONWith),
		"JSONBytes":         reflect.ValueOf(JSONBytes),
		"JSONStructNames":   reflect.ValueOf(JSONStructNames),
		"JSONStructNamesOf": reflect.ValueOf(JSONStructNamesOf),
		"LogValued":         reflect.ValueOf(LogValued),
		"JSONUnmarshalWith": reflect.ValueOf(JSONUnmarshalWith),
		"JSONDecodeWith":    reflect.ValueOf(JSONDecodeWith),
		"JSONText":          reflect.ValueOf(JSONText),
		"JSONTextOf":        reflect.ValueOf(JSONTextOf),
		"Pull":              reflect.ValueOf(Pull),
		"SliceLen":          reflect.ValueOf(SliceLen),
		"NamedAs":           reflect.ValueOf(NamedAs),
		"NativeHas":         reflect.ValueOf(NativeHas),
		"CallMethod":        reflect.ValueOf(CallMethod),
		"Underlying":        reflect.ValueOf(Underlying),
		"Unnamed":           reflect.ValueOf(Unnamed),
		"SliceCap":          reflect.ValueOf(SliceCap),
		"Pull2":             reflect.ValueOf(Pull2),
		"Formatted":         reflect.ValueOf(Formatted),
		"FormattedEach":     reflect.ValueOf(FormattedEach),
		"Stringed":          reflect.ValueOf(Stringed),
		"Printable":         reflect.ValueOf(Printable),
		"Key":               reflect.ValueOf(Key),
		"Index":             reflect.ValueOf(Index),
		"SliceEnd":          reflect.ValueOf(SliceEnd),
		"SliceStart":        reflect.ValueOf(SliceStart),
		"As":                reflect.ValueOf(As),
		"JoinErrors":        reflect.ValueOf(JoinErrors),
		"Templated":         reflect.ValueOf(Templated),
		"TemplatedHTML":     reflect.ValueOf(TemplatedHTML),
		"TemplateError":     reflect.ValueOf(TemplateError),
		"TemplateMethods":   reflect.ValueOf((*TemplateMethods)(nil)),
		"FormattedFor":      reflect.ValueOf(FormattedFor),
		"NewMethods":        reflect.ValueOf(NewMethods),
		"Methods":           reflect.ValueOf((*Methods)(nil)),
		"Printer":           reflect.ValueOf((*Printer)(nil)),

		"UnsafeString":     reflect.ValueOf(UnsafeString),
		"UnsafeStringData": reflect.ValueOf(UnsafeStringData),
		"UnsafeSlice":      reflect.ValueOf(UnsafeSlice),
		"UnsafeSliceData":  reflect.ValueOf(UnsafeSliceData),
		"HTMLer":           reflect.ValueOf((*HTMLer)(nil)),
		"_HTMLer":          reflect.ValueOf((*htmlerWrapper)(nil)),
		"Markdowner":       reflect.ValueOf((*Markdowner)(nil)),
		"_Markdowner":      reflect.ValueOf((*markdownerWrapper)(nil)),

		"HTMLStringer":      reflect.ValueOf((*HTMLStringer)(nil)),
		"_HTMLStringer":     reflect.ValueOf((*htmlStringerWrapper)(nil)),
		"MarkdownStringer":  reflect.ValueOf((*MarkdownStringer)(nil)),
		"_MarkdownStringer": reflect.ValueOf((*markdownStringerWrapper)(nil)),
	}
	for k, v := range extra {
		if old, dup := syms[k]; dup && old.Type() != v.Type() {
			// Two helpers under one name: lowered code would call the
			// wrong one. (The kernel's Render replaces rt's on purpose.)
			panic("rt.Symbols: " + k + " is defined by rt and by the kernel")
		}
		syms[k] = v
	}
	mt := map[reflect.Value][]reflect.Type{
		syms["Render"]: {
			reflect.TypeOf((*HTMLStringer)(nil)).Elem(),
			reflect.TypeOf((*MarkdownStringer)(nil)).Elem(),
			reflect.TypeOf((*HTMLer)(nil)).Elem(),
			reflect.TypeOf((*Markdowner)(nil)).Elem(),
			reflect.TypeOf((*fmt.Stringer)(nil)).Elem(),
			reflect.TypeOf((*error)(nil)).Elem(),
		},
	}
	return map[string]map[string]reflect.Value{
		Path + "/rt": syms,
		".":          {"MapTypes": reflect.ValueOf(mt)},
	}
}
