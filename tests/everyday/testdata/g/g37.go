// Thirteen-week cash flow forecast with recurring schedules and a minimum-balance alert.
package main

import (
	"fmt"
	"strings"
)

type Flow struct {
	Name   string
	Amount int64 // dollars; negative = outflow
	Weeks  func(w int) bool
}

func every(n, offset int) func(int) bool {
	return func(w int) bool { return w >= offset && (w-offset)%n == 0 }
}

func once(week int) func(int) bool { return func(w int) bool { return w == week } }

func between(lo, hi int, inner func(int) bool) func(int) bool {
	return func(w int) bool { return w >= lo && w <= hi && inner(w) }
}

type Week struct {
	N       int
	Open    int64
	In, Out int64
	Close   int64
	Drawn   int64
	Lines   []string
}

func signed(v int64) string {
	s := fmt.Sprintf("%d", abs(v))
	var parts []string
	for len(s) > 3 {
		parts = append([]string{s[len(s)-3:]}, parts...)
		s = s[:len(s)-3]
	}
	parts = append([]string{s}, parts...)
	out := strings.Join(parts, ",")
	if v < 0 {
		return "(" + out + ")"
	}
	return out + " "
}

func abs(v int64) int64 {
	if v < 0 {
		return -v
	}
	return v
}

func main() {
	const opening, minimum, creditLine = 185_000, 50_000, 100_000
	flows := []Flow{
		{"Customer receipts", 62_000, every(1, 1)},
		{"Large renewal - Orion", 140_000, once(6)},
		{"Payroll", -88_000, every(2, 1)},
		{"Payroll taxes", -14_500, every(2, 2)},
		{"Rent", -22_000, every(4, 1)},
		{"Vendor payments", -31_000, every(1, 1)},
		{"Quarterly tax estimate", -45_000, once(3)},
		{"Equipment purchase", -96_000, once(9)},
		{"Seasonal receipts uplift", 18_000, between(8, 13, every(1, 8))},
	}

	var weeks []Week
	cash, drawn := int64(opening), int64(0)
	for w := 1; w <= 13; w++ {
		wk := Week{N: w, Open: cash}
		for _, f := range flows {
			if !f.Weeks(w) {
				continue
			}
			if f.Amount > 0 {
				wk.In += f.Amount
			} else {
				wk.Out += f.Amount
			}
			wk.Lines = append(wk.Lines, fmt.Sprintf("%s %s", f.Name, signed(f.Amount)))
		}
		cash += wk.In + wk.Out
		// draw on the revolver to restore the minimum, repay when cash allows
		if cash < minimum && drawn < creditLine {
			need := min(int64(minimum)-cash, creditLine-drawn)
			cash += need
			drawn += need
			wk.Drawn = need
		} else if drawn > 0 && cash-drawn >= minimum {
			cash -= drawn
			wk.Drawn = -drawn
			drawn = 0
		}
		wk.Close = cash
		weeks = append(weeks, wk)
	}

	fmt.Printf("%-4s %11s %11s %11s %11s %11s\n", "Wk", "Opening", "Inflows", "Outflows", "Revolver", "Closing")
	for _, wk := range weeks {
		flag := ""
		if wk.Drawn > 0 {
			flag = " <- draw"
		} else if wk.Drawn < 0 {
			flag = " <- repay"
		}
		if wk.Close < minimum {
			flag += " !! below minimum"
		}
		fmt.Printf("W%-3d %11s %11s %11s %11s %11s%s\n", wk.N, signed(wk.Open), signed(wk.In), signed(wk.Out), signed(wk.Drawn), signed(wk.Close), flag)
	}
	lowest := weeks[0]
	for _, wk := range weeks[1:] {
		if wk.Close < lowest.Close {
			lowest = wk
		}
	}
	fmt.Printf("\nLowest closing cash: W%d at %s\n", lowest.N, strings.TrimSpace(signed(lowest.Close)))
	fmt.Printf("Revolver outstanding at end: %s\n", strings.TrimSpace(signed(drawn)))
	fmt.Printf("Week %d detail: %s\n", lowest.N, strings.Join(lowest.Lines, "; "))
}
