// f18: validate a CSV extract against a column schema, reporting csv.ParseError and cell errors.
package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"time"
)

type Column struct {
	Name     string
	Required bool
	Check    func(string) error
}

type CellError struct {
	Line   int
	Column string
	Value  string
	Err    error
}

func (e *CellError) Error() string {
	return fmt.Sprintf("line %d, column %s (%q): %v", e.Line, e.Column, e.Value, e.Err)
}
func (e *CellError) Unwrap() error { return e.Err }

var ErrEmpty = errors.New("value required")

func intRange(lo, hi int64) func(string) error {
	return func(s string) error {
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return err
		}
		if n < lo || n > hi {
			return fmt.Errorf("%d outside [%d,%d]", n, lo, hi)
		}
		return nil
	}
}

func oneOf(opts ...string) func(string) error {
	return func(s string) error {
		for _, o := range opts {
			if s == o {
				return nil
			}
		}
		return fmt.Errorf("must be one of %s", strings.Join(opts, "|"))
	}
}

var skuRe = regexp.MustCompile(`^[A-Z]{3}-\d{4}$`)

var schema = []Column{
	{"sku", true, func(s string) error {
		if !skuRe.MatchString(s) {
			return fmt.Errorf("does not match %s", skuRe)
		}
		return nil
	}},
	{"qty", true, intRange(0, 10_000)},
	{"price", true, func(s string) error { _, err := strconv.ParseFloat(s, 64); return err }},
	{"status", true, oneOf("new", "shipped", "returned")},
	{"shipped_at", false, func(s string) error { _, err := time.Parse(time.RFC3339, s); return err }},
}

func validate(r io.Reader) (rows int, errs []error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = len(schema)
	cr.Comment = '#'
	header, err := cr.Read()
	if err != nil {
		return 0, []error{fmt.Errorf("header: %w", err)}
	}
	for i, col := range schema {
		if header[i] != col.Name {
			errs = append(errs, fmt.Errorf("header column %d: got %q, want %q", i+1, header[i], col.Name))
		}
	}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		line, _ := cr.FieldPos(0)
		if err != nil {
			errs = append(errs, err) // *csv.ParseError carries line/column already
			if pe := (*csv.ParseError)(nil); errors.As(err, &pe) && !errors.Is(pe.Err, csv.ErrFieldCount) {
				break // quoting errors are not recoverable for the rest of the stream
			}
			continue
		}
		rows++
		for i, col := range schema {
			v := strings.TrimSpace(rec[i])
			var cellErr error
			if v == "" {
				if col.Required {
					cellErr = ErrEmpty
				}
			} else {
				cellErr = col.Check(v)
			}
			if cellErr != nil {
				errs = append(errs, &CellError{line, col.Name, rec[i], cellErr})
			}
		}
	}
	return rows, errs
}

const data = `sku,qty,price,status,shipped_at
ABC-0001,5,19.99,shipped,2024-03-01T10:00:00Z
# comment line is skipped
ABC-0002,,3.50,new,
abc-9,12000,free,lost,yesterday
XYZ-1234,7,1e3,returned
DEF-0042,1,0.5,new,2024-02-30T00:00:00Z
GHI-0001,2,"2.00",new,"unterminated
`

func main() {
	rows, errs := validate(strings.NewReader(data))
	fmt.Printf("data rows read: %d, problems: %d\n", rows, len(errs))
	var empty, parse, field int
	for _, e := range errs {
		fmt.Println(" -", e)
		var pe *csv.ParseError
		switch {
		case errors.Is(e, ErrEmpty):
			empty++
		case errors.As(e, &pe):
			parse++
			if errors.Is(e, csv.ErrFieldCount) {
				field++
			}
		}
	}
	fmt.Printf("empty=%d csv_parse=%d (field_count=%d)\n", empty, parse, field)
}
