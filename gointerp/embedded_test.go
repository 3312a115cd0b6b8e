package gointerp

import "testing"

// A method promoted from an interface embedded in a struct panicked when
// called ("invalid interface value"), on the struct and through an
// interface holding it.
func TestMethodsPromotedFromEmbeddedInterfaces(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `type Animal interface {
	Name() string
	Sound() string
}`, `type Dog struct{ name string }`, `func (d Dog) Name() string { return d.name }`, `func (d Dog) Sound() string { return "woof" }`,
		`type Loud struct {
	Animal
	times int
}

func (l Loud) Sound() string { return strings.Repeat(l.Animal.Sound()+"!", l.times) }`)
	got := value(t, in, `func() string { l := Loud{Dog{"max"}, 2}; var a Animal = l; return l.Name() + " " + l.Sound() + " " + a.Name() + " " + a.Sound() }()`)
	if want := "max woof!woof! max woof!woof!"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	// Redefined with a new field, the type gets them again.
	mustRunAll(t, in, `type Loud struct {
	Animal
	times int
	tag   string
}`)
	if got := value(t, in, `Loud{Dog{"rex"}, 1, "t"}.Name()`); got != "rex" {
		t.Errorf("redefined: got %s, want rex", got)
	}
}
