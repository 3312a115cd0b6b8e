package rt

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
)

// Printer says which parts of a value print through a method of a cell's
// type. yaegi builds the cell's types with reflect, without methods, so fmt
// printed a []Celsius, or a struct with a Celsius field, with bare numbers
// where Go calls Celsius's String method. Cells pass such a value to fmt's
// printing functions as Formatted(x, printer), the printer written from the
// value's static type when the cell is checked.
type Printer struct {
	Str func(any) string // the value's String or Error method
	// Fmt is the value's Format method (fmt.Formatter), called first.
	Fmt    func(any, fmt.State, rune)
	Elem   *Printer   // elements of a slice, array or map; a pointer's target
	Key    *Printer   // keys of a map
	Fields []*Printer // fields of a struct, by index (nil: as fmt prints them)
	Names  []string   // the struct's field names, for %+v
	// Dynamic: the value's type is known only when it is printed (it is
	// held in an interface); its fields are named from its reflect type.
	Dynamic bool
	// Method, for a Dynamic printer of a cell's interface I, is a
	// func(I) (string, bool) of the cell that calls the String or Error
	// method of the value's dynamic type, if it has one. It is called
	// through reflect with the value as yaegi holds it (its valueInterface,
	// the reflect form of I): an any could not be asserted back to I.
	Method any
	// Reg is the session's registry, for a Dynamic printer (printreg.go).
	Reg *Methods
}

// Formatted is x, printed by fmt as p says.
func Formatted(x any, p *Printer) any { return printed{x, p} }

// FormattedEach is xs with each element Formatted with p, for the
// arguments of a print call that spreads a slice (fmt.Println(xs...)).
func FormattedEach(xs []any, p *Printer) []any {
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = printed{x, p}
	}
	return out
}

// Printable is x, a value held in an interface, as fmt should print it:
// x itself unless it holds yaegi's form of a cell's value, which fmt
// printed as {0xc000... {...}}, or has a method a cell registered
// (printreg.go); a named basic value held so, as its plain value (Print's
// spacing then sees a string as Go's does).
func Printable(x any, reg *Methods) any {
	v := reflect.ValueOf(x)
	if s, ok, _ := registeredStringOf(v, reg, 'v'); ok {
		return Stringed(x, s) // a method a later cell registered (printreg.go)
	}
	if !holdsInterpreted(v, false, 0) {
		return x
	}
	if d := dynamicValue(v); d.IsValid() && scalar(d.Type()) && d.CanInterface() {
		return d.Interface()
	}
	return printed{x, &Printer{Dynamic: true, Reg: reg}}
}

// FormattedFor is xs, the operands of format, each Formatted with p but
// those of %T and %p, which fmt prints before it asks a value to format
// itself; xs as they are when format numbers its operands ("%[2]d").
func FormattedFor(format string, xs []any, p *Printer) []any {
	verbs, ok := Verbs(format)
	if !ok {
		return xs
	}
	out := make([]any, len(xs))
	copy(out, xs)
	for _, v := range verbs {
		if v.Arg < len(xs) && v.Verb != 'T' && v.Verb != 'p' && v.Verb != 'w' { // (%w's error is wrapped as it is)
			out[v.Arg] = printed{xs[v.Arg], p}
		}
	}
	return out
}

// Verb is a verb of a format and its operand.
type Verb struct {
	Verb  byte
	Plus  bool // the + flag
	Sharp bool // the # flag
	At    int  // offset of the verb letter in the format
	Arg   int  // index of its operand among the arguments after the format
}

// Verbs lists the verbs of format with their operands, for FormattedFor
// and for the cells' lowering of formats known when they are checked. It
// reports false for formats whose operands it does not follow (explicit
// indexes, `*`).
func Verbs(format string) ([]Verb, bool) {
	var out []Verb
	arg := 0
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		i++
		plus, sharp := false, false
		for i < len(format) && strings.IndexByte("+-# 0123456789.", format[i]) >= 0 {
			plus = plus || format[i] == '+'
			sharp = sharp || format[i] == '#'
			i++
		}
		if i >= len(format) {
			break
		}
		switch format[i] {
		case '%':
			continue
		case '[', '*':
			return nil, false
		}
		out = append(out, Verb{format[i], plus, sharp, i, arg})
		arg++
	}
	return out, true
}

// Stringed is x, printed by fmt as its String (or Error) method gave s:
// for a value held in a cell's interface, whose method the cell calls
// before printing (a callback into the interpreter could not call it).
func Stringed(x any, s string) any {
	return printed{x, &Printer{Str: func(any) string { return s }}}
}

type printed struct {
	x any
	p *Printer
}

// Format prints the value as fmt does, calling the methods for the verbs
// that use them (%v, %s, %q, %x, %X; not %#v); other verbs print it as it is.
func (pr printed) Format(f fmt.State, verb rune) {
	if pr.p != nil && pr.p.Fmt != nil {
		pr.p.Fmt(pr.x, f, verb) // fmt calls a Formatter for every verb
		return
	}
	format := fmt.FormatString(f, verb)
	dynamic := pr.p != nil && pr.p.Dynamic
	if dynamic && pr.p.Method == nil && pr.p.Reg.empty() && !holdsInterpreted(reflect.ValueOf(pr.x), f.Flag('+'), 0) {
		fmt.Fprintf(f, format, pr.x) // nothing of the interpreter's in it: fmt prints it right
		return
	}
	if !strings.ContainsRune("vsqxX", verb) || f.Flag('#') {
		x := pr.x
		if v := dynamicValue(reflect.ValueOf(x)); dynamic && v.IsValid() && v.CanInterface() {
			x = v.Interface() // %d of a named int held in an any
		}
		fmt.Fprintf(f, format, x)
		return
	}
	w := valueWriter{format: format, plus: f.Flag('+')}
	fmt.Fprint(f, w.write(reflect.ValueOf(pr.x), pr.p, true))
}

type valueWriter struct {
	format string
	plus   bool
}

func (w valueWriter) write(v reflect.Value, p *Printer, top bool) string {
	if p != nil && p.Dynamic {
		if s, ok := w.dynamicMethod(v, p); ok {
			return s
		}
		if s, ok := w.registeredMethod(v, p.Reg); ok {
			return s
		}
		v = dynamicValue(v)
		if v.IsValid() && v.CanInterface() && hasFmtMethod(v.Interface()) {
			return w.plain(v)
		}
	}
	if !v.IsValid() || v.Kind() == reflect.Interface && v.IsNil() {
		return "<nil>"
	}
	if p == nil || !v.CanInterface() {
		return w.plain(v)
	}
	if p.Fmt != nil {
		return fmt.Sprintf(w.format, formatter{v.Interface(), p.Fmt})
	}
	if p.Str != nil {
		return w.method(v, p.Str)
	}
	switch v.Kind() {
	case reflect.Slice, reflect.Array:
		parts := make([]string, v.Len())
		for i := range parts {
			parts[i] = w.write(v.Index(i), p.elem(), false)
		}
		return "[" + strings.Join(parts, " ") + "]"
	case reflect.Map:
		keys := v.MapKeys()
		sort.SliceStable(keys, func(i, j int) bool { return less(keys[i], keys[j]) })
		parts := make([]string, len(keys))
		for i, k := range keys {
			parts[i] = w.write(k, p.key(), false) + ":" + w.write(v.MapIndex(k), p.elem(), false)
		}
		return "map[" + strings.Join(parts, " ") + "]"
	case reflect.Struct:
		parts := make([]string, v.NumField())
		for i := range parts {
			parts[i] = w.write(v.Field(i), p.field(i), false)
			if name, ok := p.name(v.Type(), i); w.plus && ok {
				parts[i] = name + ":" + parts[i]
			}
		}
		return "{" + strings.Join(parts, " ") + "}"
	case reflect.Pointer:
		// fmt writes &{...} for a pointer to a composite at the top only,
		// and the address deeper down.
		if v.IsNil() {
			return "<nil>"
		}
		switch v.Elem().Kind() {
		case reflect.Struct, reflect.Slice, reflect.Array, reflect.Map:
			if top {
				return "&" + w.write(v.Elem(), p.elem(), false)
			}
			return fmt.Sprintf("0x%x", v.Pointer())
		}
	}
	return w.plain(v)
}

func (w valueWriter) plain(v reflect.Value) string {
	if !v.CanInterface() {
		return fmt.Sprint(v)
	}
	return fmt.Sprintf(w.format, v.Interface())
}

// method formats str(v) as fmt formats a String method's result, with
// fmt's words when the method panics (a nil receiver prints <nil>).
func (w valueWriter) method(v reflect.Value, str func(any) string) (s string) {
	defer func() {
		if r := recover(); r != nil {
			if v.Kind() == reflect.Pointer && v.IsNil() {
				s = "<nil>"
				return
			}
			s = fmt.Sprintf("%%!%c(PANIC=String method: %v)", w.format[len(w.format)-1], r)
		}
	}()
	return fmt.Sprintf(w.format, str(v.Interface()))
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

// formatter is x, formatted by fn, a Format method of a cell's type.
type formatter struct {
	x  any
	fn func(any, fmt.State, rune)
}

func (f formatter) Format(s fmt.State, verb rune) { f.fn(f.x, s, verb) }
