// Progressive income tax brackets for multiple filing statuses, with marginal/effective rates.
package main

import (
	"errors"
	"fmt"
	"sort"
)

type FilingStatus uint8

const (
	Single FilingStatus = iota
	MarriedJoint
	HeadOfHousehold
)

func (f FilingStatus) String() string {
	switch f {
	case Single:
		return "single"
	case MarriedJoint:
		return "married-joint"
	case HeadOfHousehold:
		return "head-of-household"
	}
	return "invalid"
}

type Bracket struct {
	Floor int64 // whole dollars, lower bound of bracket
	Rate  int   // percent
}

type Schedule struct {
	StdDeduction int64
	Brackets     []Bracket // ascending by Floor
}

var schedules = map[FilingStatus]Schedule{
	Single:          {14600, []Bracket{{0, 10}, {11600, 12}, {47150, 22}, {100525, 24}, {191950, 32}, {243725, 35}, {609350, 37}}},
	MarriedJoint:    {29200, []Bracket{{0, 10}, {23200, 12}, {94300, 22}, {201050, 24}, {383900, 32}, {487450, 35}, {731200, 37}}},
	HeadOfHousehold: {21900, []Bracket{{0, 10}, {16550, 12}, {63100, 22}, {100500, 24}, {191950, 32}, {243700, 35}, {609350, 37}}},
}

var ErrStatus = errors.New("unknown filing status")

type Result struct {
	Taxable  int64
	Tax      int64 // cents
	Marginal int
	PerBand  []int64
}

func Compute(status FilingStatus, gross int64) (Result, error) {
	s, ok := schedules[status]
	if !ok {
		return Result{}, fmt.Errorf("compute %v: %w", status, ErrStatus)
	}
	taxable := max(gross-s.StdDeduction, 0)
	res := Result{Taxable: taxable, PerBand: make([]int64, len(s.Brackets))}
	// index of the highest bracket that applies
	top := sort.Search(len(s.Brackets), func(i int) bool { return s.Brackets[i].Floor >= taxable }) - 1
	top = max(top, 0)
	for i := 0; i <= top; i++ {
		b := s.Brackets[i]
		hi := taxable
		if i+1 < len(s.Brackets) {
			hi = min(hi, s.Brackets[i+1].Floor)
		}
		amt := (hi - b.Floor) * int64(b.Rate) // dollars*percent == cents
		res.PerBand[i] = amt
		res.Tax += amt
	}
	res.Marginal = s.Brackets[top].Rate
	return res, nil
}

func main() {
	cases := []struct {
		status FilingStatus
		gross  int64
	}{
		{Single, 12000}, {Single, 58000}, {Single, 145000}, {Single, 720000},
		{MarriedJoint, 58000}, {MarriedJoint, 145000}, {MarriedJoint, 410000},
		{HeadOfHousehold, 85000}, {FilingStatus(7), 50000},
	}
	fmt.Printf("%-18s %9s %9s %12s %8s %9s\n", "Status", "Gross", "Taxable", "Tax", "Marginal", "Effective")
	for _, c := range cases {
		r, err := Compute(c.status, c.gross)
		if err != nil {
			fmt.Printf("%-18v error: %v (is ErrStatus: %t)\n", c.status, err, errors.Is(err, ErrStatus))
			continue
		}
		eff := 0.0
		if c.gross > 0 {
			eff = float64(r.Tax) / float64(c.gross)
		}
		fmt.Printf("%-18v %9d %9d %12.2f %7d%% %8.2f%%\n", c.status, c.gross, r.Taxable, float64(r.Tax)/100, r.Marginal, eff)
	}

	fmt.Println("\nBracket breakdown, single filer, $145,000 gross:")
	r, _ := Compute(Single, 145000)
	for i, b := range schedules[Single].Brackets {
		if r.PerBand[i] == 0 {
			continue
		}
		fmt.Printf("  %2d%% from %7d: %10.2f\n", b.Rate, b.Floor, float64(r.PerBand[i])/100)
	}
}
