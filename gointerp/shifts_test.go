package gointerp

import "testing"

// A literal shifted by a variable takes its type from the context: yaegi
// made it an int and panicked storing it in a uint64 (a bit mask), or
// printed nothing for a shift count that was itself such a shift.
func TestUntypedConstantShifts(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `var val uint64 = 4
pos := 3
type Flags uint16
func set(f Flags, i int) Flags { return f | 1<<i }`)
	checks := []struct{ expr, want string }{
		{`val | 1<<uint(pos)`, "12"},
		{`func() uint64 { v := val; v |= 1 << pos; return v &^ (1 << 2) }()`, "8"},
		{`set(1, 2)`, "5"},
		{`fmt.Sprint(pos << (1 << pos), 1<<pos, uint8(255) & (1<<pos - 1))`, "768 8 7"},
		{`fmt.Sprint(pos << (1. << 1), 0x10 >> pos)`, "12 2"},
	}
	for _, c := range checks {
		if got := value(t, in, c.expr); got != c.want {
			t.Errorf("%s = %s, want %s", c.expr, got, c.want)
		}
	}
}

// An untyped constant shifted by a variable in a generic type's method (a
// Bloom filter's `f.bits[p/64] |= 1 << (p % 64)`): its copy made the 1 an
// int ("reflect.Value.Uint on int Value").
func TestUntypedShiftInGenericCode(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `type Bits[T any] struct{ words []uint64 }
func (b *Bits[T]) Set(p uint64) { b.words[p/64] |= 1 << (p % 64) }`)
	got := value(t, in, `b := &Bits[string]{words: make([]uint64, 2)}
b.Set(3)
b.Set(65)
fmt.Sprint(b.words)`)
	if want := "[8 2]"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
