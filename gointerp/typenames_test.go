package gointerp

import "testing"

const namedFloats = `type Celsius float64
func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }
type Fahr float64
func (f Fahr) String() string { return fmt.Sprintf("%.1fF", float64(f)) }`

// A type switch on an any tells a named type with a basic underlying type
// and methods from the basic type and from another such type: yaegi
// matched `case Celsius:` for a float64 and for a Fahr.
func TestTypeSwitchOnNamedBasicTypes(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, namedFloats+`
func classify(v any) string {
	switch x := v.(type) {
	case Celsius:
		return "celsius " + x.String()
	case float64:
		return fmt.Sprintf("float %.2f", x)
	case fmt.Stringer:
		return "stringer " + x.String()
	default:
		return "other"
	}
}`)
	if got := value(t, in, `fmt.Sprint(classify(3.14), "|", classify(Celsius(21.5)), "|", classify(Fahr(70)))`); got != "float 3.14|celsius 21.5C|stringer 70.0F" {
		t.Errorf("got %s", got)
	}
}

// Such values in an any, or an []any, print through their own String
// method and %T names their type: the first type's method was called for
// both, and %T printed yaegi's wrapper.
func TestPrintedNamedBasicTypesInAny(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, namedFloats)
	_, io := mustRun(t, in, `var a any = Fahr(4)
fmt.Println([]any{Celsius(1), Fahr(2), 3.5})
fmt.Printf("%v %T %T\n", a, a, any(2.5))`)
	if got, want := io.stream("stdout"), "[1.0C 2.0F 3.5]\n4.0F main.Fahr float64\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// The same after the type is redefined by a later cell (declared as
// Temp_v2 and aliased): its case missed it.
func TestTypeSwitchOnRedefinedNamedBasicType(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `type Temp float64
func (t Temp) String() string { return "old" }`, `type Temp float64
func (t Temp) String() string { return "new" }
func kind(v any) string {
	switch v.(type) {
	case Temp:
		return "temp"
	case float64:
		return "float"
	}
	return "other"
}`)
	if got := value(t, in, `var a any = Temp(1)
fmt.Sprintf("%s %s %v %T", kind(Temp(1)), kind(2.5), a, a)`); got != "temp float new main.Temp" {
		t.Errorf("got %s, want temp float new main.Temp", got)
	}
}

// %d, %.3f and %#v of such values in an any print their values: fmt
// printed yaegi's valueInterface as a struct.
func TestPlainVerbsOfNamedBasicTypesInAny(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, namedFloats+`
type Money int64
func (m Money) String() string { return fmt.Sprintf("$%d.%02d", m/100, m%100) }`)
	if got := value(t, in, `record := map[string]any{"balance": Money(123456), "temp": Celsius(0.5)}
fmt.Sprintf("%v %d %.3f %#v", record["balance"], record["balance"], record["temp"], record["balance"])`); got != "$1234.56 123456 0.500 123456" {
		t.Errorf("got %s, want $1234.56 123456 0.500 123456", got)
	}
}

// %w of an error held in an interface stays the error (626b802 passed it
// through rt.Underlying, and fmt printed %!w).
func TestWrapVerbKeepsTheError(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, namedFloats+`
type CheckError struct{ Code int }
func (e *CheckError) Error() string { return fmt.Sprintf("failed with %d", e.Code) }`)
	if got := value(t, in, `errs := []error{&CheckError{503}}
wrapped := fmt.Errorf("alerting: %w", errs[0])
wrapped.Error()`); got != "alerting: failed with 503" {
		t.Errorf("got %s, want alerting: failed with 503", got)
	}
}

// Two named types of one basic type (`type Op string`, `type Func
// string`) in a cell's interface: a type switch took a Func for an Op.
func TestTypeSwitchOnTwinBasicTypesInInterface(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `type Token interface{ isToken() }
type Op string
type Func string
func (Op) isToken()   {}
func (Func) isToken() {}
func kinds(ts []Token) string {
	s := ""
	for _, t := range ts {
		switch t.(type) {
		case Op:
			s += "o"
		case Func:
			s += "f"
		}
	}
	return s
}`)
	if got := value(t, in, `kinds([]Token{Op("+"), Func("sqrt"), Op("-")})`); got != "ofo" {
		t.Errorf("got %s, want ofo", got)
	}
}

// A named basic type without methods, in an any: yaegi gave its values
// the basic type's reflect type, so %T printed float64, a type switch took
// a Kelvin for a float64 (corpus switch.go: F(1.0) matched 1.0), and an
// []any of two such types printed float64 twice. Each gets a name method.
func TestNamedBasicTypesWithoutMethodsInAny(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `type Kelvin float64
type Celsius float64
type UserID int64`, `func kind(v any) string {
	switch v.(type) {
	case float64:
		return "float64"
	case Kelvin:
		return "kelvin"
	case Celsius:
		return "celsius"
	}
	return "other"
}`)
	for cell, want := range map[string]string{
		`fmt.Sprint(kind(Kelvin(1)), kind(Celsius(2)), kind(3.0), kind(UserID(4)))`:           "kelvincelsiusfloat64other",
		`var k any = Kelvin(3); fmt.Sprintf("%T %v %.1f", k, k, k)`:                           "main.Kelvin 3 3.0",
		`fmt.Sprintf("%T %v", []any{Kelvin(1), UserID(2), 3.0}, []any{Kelvin(1), UserID(2)})`: "[]interface {} [1 2]",
		`ids := []UserID{3, 1, 2}; slices.Sort(ids); fmt.Sprint(ids, map[UserID]int{7: 1})`:   "[1 2 3] map[7:1]",
	} {
		if got := value(t, in, cell); got != want {
			t.Errorf("%s = %q, want %q", cell, got, want)
		}
	}
}
