// Record import pipeline demonstrating error wrapping, errors.Is/As and errors.Join.
package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"net/mail"
	"strconv"
	"strings"
)

var (
	ErrEmpty     = errors.New("empty value")
	ErrRange     = errors.New("value out of range")
	ErrDuplicate = errors.New("duplicate key")
)

type FieldError struct {
	Line  int
	Field string
	Value string
	Err   error
}

func (e *FieldError) Error() string {
	return fmt.Sprintf("line %d: field %s=%q: %v", e.Line, e.Field, e.Value, e.Err)
}

func (e *FieldError) Unwrap() error { return e.Err }

type Member struct {
	ID    int
	Email string
	Age   int
	Plan  string
}

type Importer struct {
	seen    map[int]bool
	members []Member
	plans   map[string]bool
}

func NewImporter(plans ...string) *Importer {
	im := &Importer{seen: map[int]bool{}, plans: map[string]bool{}}
	for _, p := range plans {
		im.plans[p] = true
	}
	return im
}

func (im *Importer) parseRow(line int, row []string) (Member, error) {
	var errs []error
	fe := func(field, val string, err error) {
		errs = append(errs, &FieldError{line, field, val, err})
	}
	var m Member
	id, err := strconv.Atoi(row[0])
	if err != nil {
		fe("id", row[0], err)
	} else if im.seen[id] {
		fe("id", row[0], ErrDuplicate)
	}
	m.ID = id
	if strings.TrimSpace(row[1]) == "" {
		fe("email", row[1], ErrEmpty)
	} else if addr, err := mail.ParseAddress(row[1]); err != nil {
		fe("email", row[1], fmt.Errorf("parse: %w", err))
	} else {
		m.Email = strings.ToLower(addr.Address)
	}
	age, err := strconv.ParseInt(row[2], 10, 8)
	switch {
	case err != nil:
		fe("age", row[2], err)
	case age < 16 || age > 110:
		fe("age", row[2], fmt.Errorf("%w: %d not in [16,110]", ErrRange, age))
	}
	m.Age = int(age)
	if !im.plans[row[3]] {
		fe("plan", row[3], fmt.Errorf("unknown plan"))
	}
	m.Plan = row[3]
	return m, errors.Join(errs...)
}

func (im *Importer) Run(r io.Reader) error {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = 4
	cr.Comment = '#'
	var all []error
	for line := 1; ; line++ {
		row, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			all = append(all, fmt.Errorf("csv: %w", err))
			continue
		}
		m, err := im.parseRow(line, row)
		if err != nil {
			all = append(all, err)
			continue
		}
		im.seen[m.ID] = true
		im.members = append(im.members, m)
	}
	return errors.Join(all...)
}

const input = `1,ana@example.com,34,pro
2,Ben <BEN@Example.com>,17,free
3,,40,pro
# comment line is skipped
4,dora@example,29,enterprise
2,dup@example.com,50,free
5,eve@example.com,300,team
6,finn@example.com,abc,free
7,gus@example.com,15
8,hana@example.com,61,team
9,ivy@example.com,12,free
`

func main() {
	im := NewImporter("free", "pro", "team")
	err := im.Run(strings.NewReader(input))

	fmt.Printf("imported %d members\n", len(im.members))
	for _, m := range im.members {
		fmt.Printf("  %+v\n", m)
	}
	if err == nil {
		return
	}
	fmt.Println("\nerrors:")
	for _, l := range strings.Split(err.Error(), "\n") {
		fmt.Println("  " + l)
	}

	fmt.Println("\nclassification:")
	fmt.Println("  any empty value:    ", errors.Is(err, ErrEmpty))
	fmt.Println("  any range error:    ", errors.Is(err, ErrRange))
	fmt.Println("  any duplicate:      ", errors.Is(err, ErrDuplicate))
	fmt.Println("  any ErrSyntax:      ", errors.Is(err, strconv.ErrSyntax))
	fmt.Println("  any strconv.ErrRange:", errors.Is(err, strconv.ErrRange))
	var fe *FieldError
	if errors.As(err, &fe) {
		fmt.Printf("  first FieldError: line=%d field=%s\n", fe.Line, fe.Field)
	}
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		fmt.Printf("  csv.ParseError at line %d: %v\n", pe.Line, pe.Err)
	}
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Printf("  NumError: func=%s num=%q err=%v\n", ne.Func, ne.Num, ne.Err)
	}
	if u, ok := err.(interface{ Unwrap() []error }); ok {
		fmt.Printf("  %d rows failed\n", len(u.Unwrap()))
	}
}
