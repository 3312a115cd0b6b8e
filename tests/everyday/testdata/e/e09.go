package main

import (
	"fmt"
	"strconv"
	"strings"
)

// Rule is a Life-like rule in B/S notation, e.g. "B36/S23" (HighLife).
type Rule struct {
	Name    string
	born    [9]bool
	survive [9]bool
}

func ParseRule(name, spec string) (Rule, error) {
	r := Rule{Name: name}
	parts := strings.Split(spec, "/")
	if len(parts) != 2 || !strings.HasPrefix(parts[0], "B") || !strings.HasPrefix(parts[1], "S") {
		return r, fmt.Errorf("rule %q: expected B.../S...", spec)
	}
	for i, tbl := range []*[9]bool{&r.born, &r.survive} {
		for _, ch := range parts[i][1:] {
			n, err := strconv.Atoi(string(ch))
			if err != nil || n > 8 {
				return r, fmt.Errorf("rule %q: bad digit %q", spec, ch)
			}
			tbl[n] = true
		}
	}
	return r, nil
}

type Torus struct {
	w, h  int
	cells []bool
	buf   []bool
}

func NewTorus(w, h int) *Torus {
	return &Torus{w: w, h: h, cells: make([]bool, w*h), buf: make([]bool, w*h)}
}

func (t *Torus) idx(x, y int) int {
	x = ((x % t.w) + t.w) % t.w
	y = ((y % t.h) + t.h) % t.h
	return y*t.w + x
}

func (t *Torus) Set(x, y int)      { t.cells[t.idx(x, y)] = true }
func (t *Torus) Get(x, y int) bool { return t.cells[t.idx(x, y)] }

func (t *Torus) Step(r Rule) {
	for y := range t.h {
		for x := range t.w {
			n := 0
			for dy := -1; dy <= 1; dy++ {
				for dx := -1; dx <= 1; dx++ {
					if (dx != 0 || dy != 0) && t.Get(x+dx, y+dy) {
						n++
					}
				}
			}
			if t.Get(x, y) {
				t.buf[y*t.w+x] = r.survive[n]
			} else {
				t.buf[y*t.w+x] = r.born[n]
			}
		}
	}
	t.cells, t.buf = t.buf, t.cells
}

func (t *Torus) Population() int {
	n := 0
	for _, c := range t.cells {
		if c {
			n++
		}
	}
	return n
}

func (t *Torus) Hash() uint64 {
	var h uint64 = 1469598103934665603
	for _, c := range t.cells {
		b := uint64(0)
		if c {
			b = 1
		}
		h = (h ^ b) * 1099511628211
	}
	return h
}

func seed(t *Torus) {
	// A fixed soup built from a linear congruential sequence.
	s := uint32(12345)
	for y := 4; y < 12; y++ {
		for x := 4; x < 12; x++ {
			s = s*1103515245 + 12345
			if (s>>16)%3 == 0 {
				t.Set(x, y)
			}
		}
	}
}

func main() {
	specs := [][2]string{
		{"Life", "B3/S23"}, {"HighLife", "B36/S23"}, {"Seeds", "B2/S"},
		{"DayNight", "B3678/S34678"}, {"Maze", "B3/S12345"}, {"Broken", "B3/X23"},
	}
	for _, sp := range specs {
		rule, err := ParseRule(sp[0], sp[1])
		if err != nil {
			fmt.Println("skip:", err)
			continue
		}
		t := NewTorus(16, 16)
		seed(t)
		seen := map[uint64]int{t.Hash(): 0}
		pops := []string{strconv.Itoa(t.Population())}
		cycle := ""
		for gen := 1; gen <= 40; gen++ {
			t.Step(rule)
			if gen%8 == 0 {
				pops = append(pops, strconv.Itoa(t.Population()))
			}
			h := t.Hash()
			if prev, ok := seen[h]; ok && cycle == "" {
				cycle = fmt.Sprintf("cycle at gen %d (period %d)", gen, gen-prev)
			}
			seen[h] = gen
		}
		if cycle == "" {
			cycle = "no cycle within 40"
		}
		fmt.Printf("%-9s %-13s pops=%-22s %s\n", rule.Name, sp[1], strings.Join(pops, ","), cycle)
	}
}
