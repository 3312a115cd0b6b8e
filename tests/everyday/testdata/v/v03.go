package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

const data = `id,name,age,score,active
1,Alice,34,88.5,true
2,Bob,,72.0,false
3,Carol,29,91.25,true
4,Dan,forty,65.0,true
5,Eve,41,abc,false
6,Frank,38,79.5,yes
7,Grace,25,95.0,true
8,Heidi,31,82.75
`

type Row struct {
	ID     int
	Name   string
	Age    int
	Score  float64
	Active bool
}

type RowError struct {
	Line  int
	Field string
	Err   error
}

func (e *RowError) Error() string {
	return fmt.Sprintf("line %d: field %q: %v", e.Line, e.Field, e.Err)
}

func (e *RowError) Unwrap() error { return e.Err }

func parse(rec []string, line int) (Row, error) {
	var r Row
	var errs []error
	var err error
	if r.ID, err = strconv.Atoi(rec[0]); err != nil {
		errs = append(errs, &RowError{line, "id", err})
	}
	r.Name = rec[1]
	if r.Age, err = strconv.Atoi(rec[2]); err != nil {
		errs = append(errs, &RowError{line, "age", err})
	}
	if r.Score, err = strconv.ParseFloat(rec[3], 64); err != nil {
		errs = append(errs, &RowError{line, "score", err})
	}
	if r.Active, err = strconv.ParseBool(rec[4]); err != nil {
		errs = append(errs, &RowError{line, "active", err})
	}
	return r, errors.Join(errs...)
}

func main() {
	rd := csv.NewReader(strings.NewReader(data))
	rd.FieldsPerRecord = -1
	header, _ := rd.Read()
	fmt.Printf("header: %q\n", header)

	var good []Row
	var bad []error
	line := 1
	for {
		rec, err := rd.Read()
		if err == io.EOF {
			break
		}
		line++
		if err != nil {
			bad = append(bad, err)
			continue
		}
		if len(rec) != len(header) {
			bad = append(bad, fmt.Errorf("line %d: expected %d fields, got %d", line, len(header), len(rec)))
			continue
		}
		r, err := parse(rec, line)
		if err != nil {
			bad = append(bad, err)
			continue
		}
		good = append(good, r)
	}

	fmt.Printf("parsed %d good rows, %d bad rows\n", len(good), len(bad))
	for _, r := range good {
		fmt.Printf("%+v\n", r)
	}
	fmt.Println("errors:")
	for _, e := range bad {
		fmt.Println(" -", e)
		var re *RowError
		if errors.As(e, &re) {
			fmt.Printf("   first bad field=%s syntax=%t\n", re.Field, errors.Is(e, strconv.ErrSyntax))
		}
	}

	var total float64
	activeCount := 0
	for _, r := range good {
		total += r.Score
		if r.Active {
			activeCount++
		}
	}
	fmt.Printf("avg score: %.3f, active: %d/%d\n", total/float64(len(good)), activeCount, len(good))

	var sb strings.Builder
	w := csv.NewWriter(&sb)
	_ = w.Write([]string{"id", "name", "grade"})
	for _, r := range good {
		grade := "C"
		switch {
		case r.Score >= 90:
			grade = "A"
		case r.Score >= 80:
			grade = "B"
		}
		_ = w.Write([]string{strconv.Itoa(r.ID), r.Name, grade})
	}
	w.Flush()
	fmt.Print(sb.String())
}
