// f15: deep %w error chains through a layered ingest pipeline, inspected with Is/As/Unwrap.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"strconv"
	"strings"
)

var (
	ErrValidation = errors.New("validation failed")
	ErrTransient  = errors.New("transient failure")
)

type RowError struct {
	File string
	Row  int
	Err  error
}

func (e *RowError) Error() string { return fmt.Sprintf("%s:%d: %v", e.File, e.Row, e.Err) }
func (e *RowError) Unwrap() error { return e.Err }

type ColumnError struct {
	Column string
	Err    error
}

func (e ColumnError) Error() string { return "column " + e.Column + ": " + e.Err.Error() }
func (e ColumnError) Unwrap() error { return e.Err }

// Temporary marks retryable errors; callers detect it through the chain via errors.As.
type Temporary interface{ Temporary() bool }

type timeoutErr struct{ op string }

func (t timeoutErr) Error() string   { return t.op + " timed out" }
func (t timeoutErr) Temporary() bool { return true }
func (t timeoutErr) Is(target error) bool {
	return target == ErrTransient // custom Is: a timeout counts as transient
}

func parseAmount(s string) (float64, error) {
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, ColumnError{"amount", fmt.Errorf("%w: %w", ErrValidation, err)}
	}
	if v < 0 {
		return 0, ColumnError{"amount", fmt.Errorf("%w: negative value %g", ErrValidation, v)}
	}
	return v, nil
}

func processRow(file string, n int, line string) error {
	fields := strings.Split(line, ",")
	if len(fields) != 2 {
		return &RowError{file, n, fmt.Errorf("%w: want 2 fields, got %d", ErrValidation, len(fields))}
	}
	if fields[0] == "TIMEOUT" {
		return &RowError{file, n, fmt.Errorf("lookup customer: %w", timeoutErr{"dns lookup"})}
	}
	if _, err := parseAmount(fields[1]); err != nil {
		return &RowError{file, n, err}
	}
	return nil
}

func ingestFile(name string, rows []string) error {
	if rows == nil {
		return fmt.Errorf("open %s: %w", name, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist})
	}
	for i, r := range rows {
		if err := processRow(name, i+1, r); err != nil {
			return fmt.Errorf("ingest %s: %w", name, err)
		}
	}
	return nil
}

func runJob(job string, files map[string][]string, order []string) error {
	for _, f := range order {
		if err := ingestFile(f, files[f]); err != nil {
			return fmt.Errorf("job %q: %w", job, err)
		}
	}
	return nil
}

func chain(err error) []string {
	var out []string
	for err != nil {
		out = append(out, fmt.Sprintf("%T", err))
		err = errors.Unwrap(err) // stops at multi-%w nodes (Unwrap() []error)
	}
	return out
}

func main() {
	files := map[string][]string{
		"ok.csv":      {"alice,10.5", "bob,3"},
		"neg.csv":     {"carol,7", "dave,-2"},
		"syntax.csv":  {"erin,1e400"},
		"short.csv":   {"frank"},
		"timeout.csv": {"TIMEOUT,1"},
	}
	for _, order := range [][]string{
		{"ok.csv"}, {"ok.csv", "neg.csv"}, {"syntax.csv"}, {"short.csv"}, {"timeout.csv"}, {"missing.csv"},
	} {
		err := runJob("nightly", files, order)
		fmt.Printf("files=%v\n", order)
		if err == nil {
			fmt.Println("  success")
			continue
		}
		fmt.Println("  error:", err)
		fmt.Println("  chain:", strings.Join(chain(err), " -> "))
		var re *RowError
		var ce ColumnError
		var ne *strconv.NumError
		var pe *fs.PathError
		var tmp Temporary
		fmt.Printf("  Is: validation=%t transient=%t notexist=%t range=%t\n",
			errors.Is(err, ErrValidation), errors.Is(err, ErrTransient),
			errors.Is(err, fs.ErrNotExist), errors.Is(err, strconv.ErrRange))
		if errors.As(err, &re) {
			fmt.Printf("  As RowError: file=%s row=%d\n", re.File, re.Row)
		}
		if errors.As(err, &ce) {
			fmt.Printf("  As ColumnError: column=%s\n", ce.Column)
		}
		if errors.As(err, &ne) {
			fmt.Printf("  As NumError: func=%s num=%s\n", ne.Func, ne.Num)
		}
		if errors.As(err, &pe) {
			fmt.Printf("  As PathError: op=%s path=%s\n", pe.Op, pe.Path)
		}
		if errors.As(err, &tmp) && tmp.Temporary() {
			fmt.Println("  retryable: yes")
		}
	}
}
