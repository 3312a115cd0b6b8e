// PTO accrual by tenure tier with carryover cap and requests that can fail.
package main

import (
	"errors"
	"fmt"
	"sort"
)

type Hours float64

func (h Hours) String() string { return fmt.Sprintf("%6.2fh", float64(h)) }

type Tier struct {
	MinYears  int
	PerPeriod Hours // accrued each semi-monthly pay period
	Cap       Hours
}

var tiers = []Tier{{0, 4.0, 120}, {3, 5.0, 160}, {7, 6.67, 200}}

func tierFor(years int) Tier {
	t := tiers[0]
	for _, tr := range tiers {
		if years >= tr.MinYears {
			t = tr
		}
	}
	return t
}

type Employee struct {
	Name    string
	Tenure  int
	Balance Hours
	Log     []string
}

var ErrInsufficient = errors.New("insufficient PTO balance")

func (e *Employee) Accrue(period int) {
	t := tierFor(e.Tenure)
	before := e.Balance
	e.Balance = min(e.Balance+t.PerPeriod, t.Cap)
	if e.Balance == t.Cap && before+t.PerPeriod > t.Cap {
		e.Log = append(e.Log, fmt.Sprintf("P%02d capped at %v (lost %.2fh)", period, t.Cap, float64(before+t.PerPeriod-t.Cap)))
	}
}

func (e *Employee) Take(period int, h Hours) error {
	if h > e.Balance {
		return fmt.Errorf("%s P%02d request %.1fh, balance %.2fh: %w", e.Name, period, float64(h), float64(e.Balance), ErrInsufficient)
	}
	e.Balance -= h
	e.Log = append(e.Log, fmt.Sprintf("P%02d took %v", period, h))
	return nil
}

type request struct {
	who    string
	period int
	hours  Hours
}

func main() {
	staff := map[string]*Employee{
		"Jonas": {Name: "Jonas", Tenure: 1, Balance: 12},
		"Keiko": {Name: "Keiko", Tenure: 4, Balance: 150},
		"Liam":  {Name: "Liam", Tenure: 9, Balance: 60},
		"Mira":  {Name: "Mira", Tenure: 0, Balance: 0},
	}
	requests := []request{
		{"Jonas", 3, 16}, {"Mira", 2, 16}, {"Liam", 6, 40}, {"Keiko", 8, 24},
		{"Mira", 10, 24}, {"Jonas", 12, 40}, {"Liam", 12, 16},
	}
	names := make([]string, 0, len(staff))
	for n := range staff {
		names = append(names, n)
	}
	sort.Strings(names)

	var denied []error
	for p := 1; p <= 12; p++ {
		for _, n := range names {
			staff[n].Accrue(p)
		}
		for _, r := range requests {
			if r.period != p {
				continue
			}
			if err := staff[r.who].Take(p, r.hours); err != nil {
				denied = append(denied, err)
			}
		}
	}
	for _, n := range names {
		e := staff[n]
		t := tierFor(e.Tenure)
		fmt.Printf("%-6s tenure %dy  rate %5.2f/period  cap %v  balance %v  (%.1f days)\n",
			e.Name, e.Tenure, float64(t.PerPeriod), t.Cap, e.Balance, float64(e.Balance)/8)
		for _, l := range e.Log {
			fmt.Println("         ", l)
		}
	}
	fmt.Printf("\n%d request(s) denied:\n", len(denied))
	for _, err := range denied {
		fmt.Printf("  %v [insufficient=%t]\n", err, errors.Is(err, ErrInsufficient))
	}
	var liability Hours
	for _, n := range names {
		liability += staff[n].Balance
	}
	fmt.Printf("Total accrued PTO liability: %v\n", liability)
}
