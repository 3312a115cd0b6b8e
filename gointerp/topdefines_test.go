package gointerp

import "testing"

// A top-level definition of several variables, then an index of one:
// yaegi failed with "constant definition loop" (a notebook reading a CSV:
// `rows, err := r.ReadAll()` then `header := rows[0]`), also with `_`, a
// comma-ok form, and a later cell that defines them again.
func TestTopLevelMultiDefineThenIndex(t *testing.T) {
	in := newInterp(t)
	_, io := mustRun(t, in, `import ("encoding/csv"; "strings")
rows, err := csv.NewReader(strings.NewReader("id,name\n1,ana\n")).ReadAll()
header := rows[0]
parts, _ := strings.Fields("a b"), 0
first := parts[0]
m := map[string][]int{"x": {7}}
v, ok := m["x"]
fmt.Println(header, err, first, v[0], ok)`)
	if got, want := io.stream("stdout"), "[id name] <nil> a 7 true\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	_, io = mustRun(t, in, `rows, n := [][]string{{"z"}}, 1
fmt.Println(rows[0][0], n, header)`)
	if got, want := io.stream("stdout"), "z 1 [id name]\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
