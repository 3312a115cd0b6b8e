package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
)

type Money int64

func (m Money) String() string { return fmt.Sprintf("%d.%02d", int64(m)/100, int64(m)%100) }

func (m Money) MarshalJSON() ([]byte, error) { return []byte(m.String()), nil }

func (m *Money) UnmarshalJSON(b []byte) error {
	s := strings.Trim(string(b), `"`)
	whole, frac, _ := strings.Cut(s, ".")
	w, err := strconv.ParseInt(whole, 10, 64)
	if err != nil {
		return fmt.Errorf("money %q: %w", s, err)
	}
	f := int64(0)
	if frac != "" {
		frac = (frac + "00")[:2]
		if f, err = strconv.ParseInt(frac, 10, 64); err != nil {
			return fmt.Errorf("money %q: %w", s, err)
		}
	}
	*m = Money(w*100 + f)
	return nil
}

type Percent float64

func (p Percent) String() string { return strconv.FormatFloat(float64(p)*100, 'f', 2, 64) + "%" }

func (p *Percent) UnmarshalJSON(b []byte) error {
	s := strings.Trim(string(b), `"`)
	if v, ok := strings.CutSuffix(s, "%"); ok {
		f, err := strconv.ParseFloat(v, 64)
		*p = Percent(f / 100)
		return err
	}
	f, err := strconv.ParseFloat(s, 64)
	*p = Percent(f)
	return err
}

type Budget struct {
	Team      string           `json:"team"`
	Allocated Money            `json:"allocated"`
	Spent     map[string]Money `json:"spent"`
	Growth    Percent          `json:"growth"`
	Owner     *string          `json:"owner"`
}

func (b Budget) Total() Money {
	var t Money
	for _, v := range b.Spent {
		t += v
	}
	return t
}

func main() {
	input := `[
	 {"team": "data", "allocated": "12000.50", "spent": {"cloud": 4200.25, "tools": "899.9", "travel": 0}, "growth": "12.5%", "owner": "mia"},
	 {"team": "ml", "allocated": 30000, "spent": {"gpu": 21000, "cloud": "3500.05"}, "growth": 0.3, "owner": null},
	 {"team": "bi", "allocated": 5000, "spent": {}, "growth": "-4%"}
	]`
	var budgets []Budget
	if err := json.Unmarshal([]byte(input), &budgets); err != nil {
		fmt.Println("error:", err)
		return
	}
	for _, b := range budgets {
		owner := "<none>"
		if b.Owner != nil {
			owner = *b.Owner
		}
		left := b.Allocated - b.Total()
		util := float64(b.Total()) / float64(b.Allocated)
		fmt.Printf("%-4s alloc=%10v spent=%10v left=%10v util=%6.2f%% growth=%v owner=%s\n",
			b.Team, b.Allocated, b.Total(), left, util*100, b.Growth, owner)
		for _, k := range slices.Sorted(maps.Keys(b.Spent)) {
			fmt.Printf("     %-7s %9v\n", k, b.Spent[k])
		}
	}

	out, err := json.Marshal(budgets[0])
	fmt.Println(string(out), err)

	summary := map[string]any{
		"teams":     len(budgets),
		"allocated": budgets[0].Allocated + budgets[1].Allocated + budgets[2].Allocated,
		"growth":    []Percent{budgets[0].Growth, budgets[1].Growth},
	}
	s, _ := json.Marshal(summary)
	fmt.Println(string(s))

	var bad Budget
	err = json.Unmarshal([]byte(`{"team":"x","allocated":"12,000"}`), &bad)
	fmt.Println("bad:", err)
	fmt.Println("is syntax:", errors.Is(err, strconv.ErrSyntax))

	var m Money
	for _, in := range []string{`"7"`, `"7.5"`, `"7.05"`, `19.999`} {
		_ = json.Unmarshal([]byte(in), &m)
		fmt.Printf("%s -> %v (%d)\n", in, m, m)
	}
}
