// Command j15 analyses daily temperature data with range-over-int loops
// and the min, max and clear builtins, reusing buffers across weeks.
package main

import (
	"fmt"
	"strings"
)

const days = 7

var weeks = [][days]int{
	{12, 15, 11, 9, 14, 18, 17},
	{20, 22, 19, 25, 24, 21, 23},
	{5, 3, -2, 0, 4, 6, 2},
}

type Summary struct {
	Lo, Hi, Spread int
	Warmest        int // day index
	Streak         int // longest run of rising days
}

func summarize(t [days]int) Summary {
	s := Summary{Lo: t[0], Hi: t[0]}
	run := 1
	s.Streak = 1
	for i := range days {
		s.Lo = min(s.Lo, t[i])
		s.Hi = max(s.Hi, t[i])
		if t[i] == s.Hi {
			s.Warmest = i
		}
		if i > 0 && t[i] > t[i-1] {
			run++
			s.Streak = max(s.Streak, run)
		} else if i > 0 {
			run = 1
		}
	}
	s.Spread = s.Hi - s.Lo
	return s
}

func sparkline(t [days]int, lo, hi int) string {
	const ticks = "▁▂▃▄▅▆▇█"
	runes := []rune(ticks)
	var sb strings.Builder
	for _, v := range t {
		idx := 0
		if hi > lo {
			idx = (v - lo) * (len(runes) - 1) / (hi - lo)
		}
		sb.WriteRune(runes[idx])
	}
	return sb.String()
}

func main() {
	dayNames := [days]string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}
	globalLo, globalHi := weeks[0][0], weeks[0][0]
	for _, w := range weeks {
		for _, v := range w {
			globalLo, globalHi = min(globalLo, v), max(globalHi, v)
		}
	}
	fmt.Printf("overall range %d..%d\n", globalLo, globalHi)

	buckets := map[int]int{}   // reused each week, cleared with clear()
	scratch := make([]int, 10) // reused slice buffer
	for w := range len(weeks) {
		t := weeks[w]
		s := summarize(t)
		fmt.Printf("week %d %s lo=%3d hi=%3d spread=%2d warmest=%s rising-streak=%d\n",
			w+1, sparkline(t, globalLo, globalHi), s.Lo, s.Hi, s.Spread, dayNames[s.Warmest], s.Streak)

		clear(buckets)
		for _, v := range t {
			buckets[(v+10)/10*10-10]++
		}
		var parts []string
		for b := -10; b <= 30; b += 10 {
			if n, ok := buckets[b]; ok {
				parts = append(parts, fmt.Sprintf("[%d,%d):%d", b, b+10, n))
			}
		}
		fmt.Println("        buckets", strings.Join(parts, " "), "len", len(buckets))

		clear(scratch[:days]) // zeroes elements but keeps length
		for i := range days - 1 {
			scratch[i] = t[i+1] - t[i]
		}
		fmt.Println("        deltas ", scratch[:days-1])
	}

	// min and max work on strings and floats too, and with many arguments.
	fmt.Println(min("pear", "apple", "fig"), max(2.5, -1, 7.25, 3), min(3, 1, 2))

	// range over an integer constant and an untyped expression.
	var grid strings.Builder
	for r := range 3 {
		for c := range r + 2 {
			grid.WriteString(fmt.Sprint(r*10 + c))
			grid.WriteByte(' ')
		}
		grid.WriteByte('\n')
	}
	fmt.Print(grid.String())
	for range 0 {
		fmt.Println("never printed")
	}
	type Weekday uint8
	var total Weekday
	for d := range Weekday(days) { // loop variable takes the type of the operand
		total += d
	}
	fmt.Printf("sum of weekday indices: %d (%T)\n", total, total)
}
