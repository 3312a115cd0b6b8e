// h26: decode CSV rows into tagged structs via reflection, with per-cell error reporting.
package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"
	"time"
)

type Employee struct {
	ID       int       `csv:"emp_id"`
	Name     string    `csv:"full_name"`
	Dept     string    `csv:"department"`
	Salary   float64   `csv:"salary"`
	Remote   bool      `csv:"remote"`
	Started  time.Time `csv:"start_date"`
	Internal string    // no tag: ignored
}

const data = `full_name,emp_id,department,salary,remote,start_date,extra
"Okafor, Ada",17,Engineering,98000,true,2019-04-01,x
Ben Li,23,Sales,61000.50,false,2021-11-15,
Chloe Roy,x9,Engineering,87000,yes,2020-02-30,
Dev Patel,31,Support,52000,1,2022-07-01,
Eva Novak,44,Engineering,,false,2023-01-09,`

type CellError struct {
	Line   int
	Column string
	Err    error
}

func (e *CellError) Error() string {
	return fmt.Sprintf("line %d, column %q: %v", e.Line, e.Column, e.Err)
}
func (e *CellError) Unwrap() error { return e.Err }

var timeType = reflect.TypeFor[time.Time]()

func setField(v reflect.Value, s string) error {
	if v.Type() == timeType {
		t, err := time.Parse(time.DateOnly, s)
		if err == nil {
			v.Set(reflect.ValueOf(t))
		}
		return err
	}
	switch v.Kind() {
	case reflect.String:
		v.SetString(s)
	case reflect.Int:
		n, err := strconv.Atoi(s)
		if err != nil {
			return err
		}
		v.SetInt(int64(n))
	case reflect.Float64:
		if s == "" {
			return errors.New("required value missing")
		}
		f, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return err
		}
		v.SetFloat(f)
	case reflect.Bool:
		b, err := strconv.ParseBool(s)
		if err != nil {
			return err
		}
		v.SetBool(b)
	default:
		return fmt.Errorf("unsupported kind %s", v.Kind())
	}
	return nil
}

// Decode reads all rows into []T, collecting every cell error instead of stopping at the first.
func Decode[T any](r io.Reader) ([]T, error) {
	cr := csv.NewReader(r)
	header, err := cr.Read()
	if err != nil {
		return nil, err
	}
	t := reflect.TypeFor[T]()
	colToField := map[int]int{}
	for fi := range t.NumField() {
		tag := t.Field(fi).Tag.Get("csv")
		for ci, h := range header {
			if tag != "" && h == tag {
				colToField[ci] = fi
			}
		}
	}
	var out []T
	var errs []error
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		} else if err != nil {
			return out, err
		}
		line, _ := cr.FieldPos(0)
		var item T
		rv := reflect.ValueOf(&item).Elem()
		ok := true
		for ci, val := range rec {
			fi, mapped := colToField[ci]
			if !mapped {
				continue
			}
			if err := setField(rv.Field(fi), strings.TrimSpace(val)); err != nil {
				errs = append(errs, &CellError{line, header[ci], err})
				ok = false
			}
		}
		if ok {
			out = append(out, item)
		}
	}
	return out, errors.Join(errs...)
}

func main() {
	emps, err := Decode[Employee](strings.NewReader(data))
	for _, e := range emps {
		fmt.Printf("%3d %-12s %-12s %9.2f remote=%-5t since %s\n", e.ID, e.Name, e.Dept, e.Salary, e.Remote, e.Started.Format("Jan 2006"))
	}
	if err != nil {
		fmt.Println("\ndecode problems:")
		for _, l := range strings.Split(err.Error(), "\n") {
			fmt.Println("  " + l)
		}
		var ce *CellError
		if errors.As(err, &ce) {
			fmt.Printf("first problem is on line %d (%T)\n", ce.Line, ce.Err)
		}
	}
}
