package gointerp

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"
)

// TestEverydayPrograms runs the realistic programs of
// tests/everyday/testdata (one folder per batch, each program with the
// output of `go run` beside it) when SPARGO_EVERYDAY is set: they take
// minutes. Each runs in a fresh session in two forms, its declarations
// then `main()`, and `main`'s body pasted at a cell's top level, and must
// print what `go run` printed, unless tests/everyday/known_failures.txt
// lists it. It logs the counts per batch:
//
//	SPARGO_EVERYDAY=1 go test -tags duckdb_arrow -run TestEverydayPrograms -v ./gointerp
func TestEverydayPrograms(t *testing.T) {
	if os.Getenv("SPARGO_EVERYDAY") == "" {
		t.Skip("set SPARGO_EVERYDAY=1 to run the everyday programs (minutes)")
	}
	known := knownFailures(t, "../tests/everyday/known_failures.txt")
	files, _ := filepath.Glob("../tests/everyday/testdata/*/*.go")
	if len(files) == 0 {
		t.Fatal("no programs in ../tests/everyday/testdata")
	}
	type count struct{ defs, top, all int }
	counts := map[string]*count{}
	for _, f := range files {
		batch := filepath.Base(filepath.Dir(f))
		if counts[batch] == nil {
			counts[batch] = &count{}
		}
		c := counts[batch]
		c.all++
		name := strings.TrimSuffix(filepath.Base(f), ".go")
		want, err := os.ReadFile(strings.TrimSuffix(f, ".go") + ".out")
		if err != nil {
			t.Fatal(err)
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		code := mainPackageRE.ReplaceAllString(string(src), "")
		for _, form := range []string{"defs", "top"} {
			cells := []string{code, "main()"}
			if form == "top" {
				cells = []string{mainBodyAtTop(code)}
			}
			out, errs, err := runCells(cells)
			if err == nil && interleaves(string(want), out, errs) {
				if k := known[name]; k == "both" || k == form {
					t.Logf("%s/%s (%s) passes though known_failures.txt lists it", batch, name, form)
				}
				if form == "defs" {
					c.defs++
				} else {
					c.top++
				}
				continue
			}
			if k := known[name]; k == "both" || k == form || k == "flaky" {
				continue
			}
			t.Errorf("%s/%s (%s): differs from go run (err %v)", batch, name, form, err)
		}
	}
	batches := make([]string, 0, len(counts))
	for b := range counts {
		batches = append(batches, b)
	}
	sort.Strings(batches)
	for _, b := range batches {
		c := counts[b]
		t.Logf("batch %s: %d programs, %d pass as definitions, %d at the top level", b, c.all, c.defs, c.top)
	}
}

var mainPackageRE = regexp.MustCompile(`(?m)^[ \t]*package[ \t]+main\b[^\n]*$`)

// runCells runs cells in a fresh session and returns what they wrote to
// stdout and to stderr.
func runCells(cells []string) (stdout, stderr string, err error) {
	in, err := New()
	if err != nil {
		return "", "", err
	}
	var out, errs strings.Builder
	for _, c := range cells {
		io := newFakeIO()
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		_, err := in.Execute(ctx, c, io)
		cancel()
		out.WriteString(io.stream("stdout"))
		errs.WriteString(io.stream("stderr"))
		if err != nil {
			return out.String(), errs.String(), err
		}
	}
	return out.String(), errs.String(), nil
}

// interleaves reports whether want, what `go run` printed to one
// terminal, is the lines of stdout and stderr interleaved, each in its
// order. The kernel reads the two streams from two pipes, and a notebook
// shows them as two streams: their order relative to each other is not
// the terminal's.
func interleaves(want, stdout, stderr string) bool {
	if stderr == "" || want == stdout+stderr {
		return want == stdout+stderr
	}
	w, a, b := lines(want), lines(stdout), lines(stderr)
	if len(w) != len(a)+len(b) {
		return false
	}
	// ok[j] after row i: w[:i+j] interleaves a[:i] and b[:j]
	ok := make([]bool, len(b)+1)
	for i := 0; i <= len(a); i++ {
		for j := 0; j <= len(b); j++ {
			switch {
			case i == 0 && j == 0:
				ok[j] = true
			default:
				fromA := i > 0 && ok[j] && a[i-1] == w[i+j-1]
				fromB := j > 0 && ok[j-1] && b[j-1] == w[i+j-1]
				ok[j] = fromA || fromB
			}
		}
	}
	return ok[len(b)]
}

// lines splits s after each newline.
func lines(s string) []string {
	l := strings.SplitAfter(s, "\n")
	if l[len(l)-1] == "" {
		l = l[:len(l)-1]
	}
	return l
}

// mainBodyAtTop moves main's body to the cell's top level, as a user
// pasting it in would.
func mainBodyAtTop(code string) string {
	i := strings.Index(code, "\nfunc main() {\n")
	if i < 0 {
		return code + "\nmain()\n"
	}
	rest := "\n" + code[i+len("\nfunc main() {\n"):]
	j := strings.Index(rest, "\n}\n")
	if j < 0 {
		return code + "\nmain()\n"
	}
	return code[:i] + "\n" + rest[j+3:] + "\n" + rest[:j] + "\n"
}

// knownFailures reads the list: a program's name by the form that fails
// (defs, top, both or flaky).
func knownFailures(t *testing.T, name string) map[string]string {
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) < 2 || strings.HasPrefix(fields[0], "#") {
			continue
		}
		out[fields[1]] = fields[0]
	}
	if err := sc.Err(); err != nil {
		t.Fatal(fmt.Errorf("read %s: %w", name, err))
	}
	return out
}

func TestInterleaves(t *testing.T) {
	cases := []struct {
		want, out, errs string
		ok              bool
	}{
		{"a\nb\n", "a\nb\n", "", true},
		{"e\na\nb\n", "a\nb\n", "e\n", true},
		{"a\ne\nb\n", "a\nb\n", "e\n", true},
		{"b\ne\na\n", "a\nb\n", "e\n", false},
		{"a\nb\n", "a\n", "c\n", false},
	}
	for _, c := range cases {
		if got := interleaves(c.want, c.out, c.errs); got != c.ok {
			t.Errorf("interleaves(%q, %q, %q) = %v", c.want, c.out, c.errs, got)
		}
	}
}
