package gointerp

import "testing"

// yaegi's range over a string advanced by the length of U+FFFD's encoding
// after an invalid byte, skipping the bytes that followed it.
func TestRangeOverStringWithInvalidUTF8(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, "type Name string",
		`var out []string
for i, r := range "a\xffb\xca\xfeé" {
	out = append(out, fmt.Sprint(i, ":", r))
}`,
		`var idx []int
var fs []func() int
for i, c := range Name("x\xffy") {
	if c == 'y' {
		continue
	}
	fs = append(fs, func() int { return i })
}
for _, f := range fs {
	idx = append(idx, f())
}`,
		`var last int
var lastRune rune
for last, lastRune = range "h\xffé" {
}`,
		`xs, j := []rune{0, 0}, 1
for j, xs[j] = range "é" {
}`)
	if got, want := value(t, in, `strings.Join(out, " ")`), "0:97 1:65533 2:98 3:65533 4:65533 5:233"; got != want {
		t.Errorf("range with rune values: %s, want %s", got, want)
	}
	if got := value(t, in, "fmt.Sprint(idx)"); got != "[0 1]" {
		t.Errorf("per-iteration index after continue: %s, want [0 1]", got)
	}
	if got := value(t, in, "fmt.Sprint(last, lastRune)"); got != "2 233" {
		t.Errorf("assigned loop variables after the loop: %s, want 2 233", got)
	}
	// The index expression on the left is evaluated before the key is set.
	if got := value(t, in, "fmt.Sprint(j, xs)"); got != "0 [0 233]" {
		t.Errorf("for j, xs[j] = range: %s, want 0 [0 233]", got)
	}
}
