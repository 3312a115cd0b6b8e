package main

import (
	"errors"
	"fmt"
	"strings"
)

var ErrBadRoll = errors.New("invalid roll")

func parseRolls(s string) ([]int, error) {
	var rolls []int
	for _, fr := range strings.Fields(s) {
		prev := 0
		for i, ch := range fr {
			var v int
			switch {
			case ch == 'X':
				v = 10
			case ch == '/':
				v = 10 - prev
			case ch == '-':
				v = 0
			case ch >= '1' && ch <= '9':
				v = int(ch - '0')
			default:
				return nil, fmt.Errorf("frame %q pos %d: %w", fr, i, ErrBadRoll)
			}
			rolls = append(rolls, v)
			prev = v
		}
	}
	return rolls, nil
}

func score(rolls []int) (total int, frames []int) {
	i := 0
	for frame := 0; frame < 10 && i < len(rolls); frame++ {
		at := func(k int) int {
			if k < len(rolls) {
				return rolls[k]
			}
			return 0
		}
		switch {
		case rolls[i] == 10:
			total += 10 + at(i+1) + at(i+2)
			i++
		case at(i)+at(i+1) == 10:
			total += 10 + at(i+2)
			i += 2
		default:
			total += at(i) + at(i+1)
			i += 2
		}
		frames = append(frames, total)
	}
	return
}

func main() {
	tests := []struct {
		name  string
		input string
		want  int
	}{
		{"perfect", "X X X X X X X X X XXX", 300},
		{"all spares", "5/ 5/ 5/ 5/ 5/ 5/ 5/ 5/ 5/ 5/5", 150},
		{"gutter", "-- -- -- -- -- -- -- -- -- --", 0},
		{"nines", "9- 9- 9- 9- 9- 9- 9- 9- 9- 9-", 90},
		{"mixed", "X 7/ 9- X -8 8/ -6 X X X81", 167},
		{"dutch", "X 1/ X 2/ X 3/ X 4/ X 5/X", 200},
		{"bad", "X 7/ 9Z", 0},
		{"wrong want", "11 11 11 11 11 11 11 11 11 11", 21},
	}
	pass, fail := 0, 0
	for _, tc := range tests {
		rolls, err := parseRolls(tc.input)
		if err != nil {
			fmt.Printf("%-12s error: %v (is ErrBadRoll: %t)\n", tc.name, err, errors.Is(err, ErrBadRoll))
			continue
		}
		got, frames := score(rolls)
		status := "PASS"
		if got != tc.want {
			status = "FAIL"
			fail++
		} else {
			pass++
		}
		fmt.Printf("%-12s %s got=%3d want=%3d frames=%v\n", tc.name, status, got, tc.want, frames)
	}
	fmt.Printf("pass=%d fail=%d\n", pass, fail)
}
