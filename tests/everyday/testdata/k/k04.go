package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

type field struct {
	Row  int
	Name string
	Raw  string
}

type ParseError struct {
	field
	Err error
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("row %d, column %q: cannot parse %q: %v", e.Row, e.Name, e.Raw, e.Err)
}

func (e *ParseError) Unwrap() error { return e.Err }

var ErrNegative = errors.New("negative value not allowed")

type Measurement struct {
	Station string
	TempC   float64
	Rain    int64
	Active  bool
	Code    uint8
}

func parseRow(row int, cols []string) (Measurement, error) {
	var m Measurement
	var errs []error
	wrap := func(name, raw string, err error) {
		errs = append(errs, &ParseError{field{row, name, raw}, err})
	}
	m.Station = strings.TrimSpace(cols[0])
	if v, err := strconv.ParseFloat(strings.TrimSpace(cols[1]), 64); err != nil {
		wrap("temp_c", cols[1], err)
	} else {
		m.TempC = v
	}
	if v, err := strconv.ParseInt(strings.TrimSpace(cols[2]), 10, 64); err != nil {
		wrap("rain_mm", cols[2], err)
	} else if v < 0 {
		wrap("rain_mm", cols[2], ErrNegative)
	} else {
		m.Rain = v
	}
	if v, err := strconv.ParseBool(strings.TrimSpace(cols[3])); err != nil {
		wrap("active", cols[3], err)
	} else {
		m.Active = v
	}
	if v, err := strconv.ParseUint(strings.TrimSpace(cols[4]), 16, 8); err != nil {
		wrap("code", cols[4], err)
	} else {
		m.Code = uint8(v)
	}
	return m, errors.Join(errs...)
}

func main() {
	raw := `KSEA| 12.5| 3| true| 0a
KPDX| 14.1| 0| T| ff
KBOI| abc| 2| false| 10
KSFO| 1e400| -4| yes| 1ff
KLAX| 21.75| 99999999999999999999| 1| 7f
KDEN| -3.0| 7| F| zz`

	var good []Measurement
	var syntaxErrs, rangeErrs, negErrs int
	for i, line := range strings.Split(raw, "\n") {
		m, err := parseRow(i+1, strings.Split(line, "|"))
		if err != nil {
			fmt.Printf("row %d rejected:\n", i+1)
			for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
				fmt.Printf("  - %v\n", e)
				var pe *ParseError
				if errors.As(e, &pe) {
					var ne *strconv.NumError
					if errors.As(pe, &ne) {
						fmt.Printf("      (NumError func=%s)\n", ne.Func)
					}
				}
				switch {
				case errors.Is(e, strconv.ErrSyntax):
					syntaxErrs++
				case errors.Is(e, strconv.ErrRange):
					rangeErrs++
				case errors.Is(e, ErrNegative):
					negErrs++
				}
			}
			continue
		}
		good = append(good, m)
	}

	fmt.Printf("\naccepted %d rows; syntax=%d range=%d negative=%d\n", len(good), syntaxErrs, rangeErrs, negErrs)
	minT, maxT := math.Inf(1), math.Inf(-1)
	for _, m := range good {
		fmt.Printf("  %+v\n", m)
		minT = math.Min(minT, m.TempC)
		maxT = math.Max(maxT, m.TempC)
	}
	fmt.Printf("temperature range: %s .. %s\n",
		strconv.FormatFloat(minT, 'f', -1, 64), strconv.FormatFloat(maxT, 'f', -1, 64))
	fmt.Println("quoted:", strconv.Quote("KSEA\t12.5"), strconv.Itoa(len(good)))
}
