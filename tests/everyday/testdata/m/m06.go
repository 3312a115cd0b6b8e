package main

import (
	"errors"
	"fmt"
	"strings"
)

var ErrBadPattern = errors.New("malformed pattern")

// matchClass matches c against a class starting after '['; returns match, bytes consumed.
func matchClass(pat string, c byte) (bool, int, error) {
	i, negate, matched := 0, false, false
	if i < len(pat) && (pat[i] == '!' || pat[i] == '^') {
		negate = true
		i++
	}
	first := true
	for {
		if i >= len(pat) {
			return false, 0, fmt.Errorf("unterminated class in %q: %w", pat, ErrBadPattern)
		}
		if pat[i] == ']' && !first {
			i++
			break
		}
		first = false
		lo := pat[i]
		hi := lo
		if i+2 < len(pat) && pat[i+1] == '-' && pat[i+2] != ']' {
			hi = pat[i+2]
			i += 3
		} else {
			i++
		}
		if lo <= c && c <= hi {
			matched = true
		}
	}
	return matched != negate, i, nil
}

// Match implements *, ?, [...] and backslash escapes with backtracking on the last star.
func Match(pat, s string) (bool, error) {
	p, i := 0, 0
	starP, starI := -1, 0
	for i < len(s) {
		if p < len(pat) {
			switch pat[p] {
			case '*':
				starP, starI = p, i
				p++
				continue
			case '?':
				p++
				i++
				continue
			case '[':
				ok, n, err := matchClass(pat[p+1:], s[i])
				if err != nil {
					return false, err
				}
				if ok {
					p += 1 + n
					i++
					continue
				}
			case '\\':
				if p+1 >= len(pat) {
					return false, fmt.Errorf("trailing backslash: %w", ErrBadPattern)
				}
				if pat[p+1] == s[i] {
					p += 2
					i++
					continue
				}
			default:
				if pat[p] == s[i] {
					p++
					i++
					continue
				}
			}
		}
		if starP < 0 {
			return false, nil
		}
		starI++
		p, i = starP+1, starI
	}
	for p < len(pat) && pat[p] == '*' {
		p++
	}
	return p == len(pat), nil
}

func main() {
	patterns := []string{"*.go", "m??.go", "[a-m]*", "*_test.go", "[!m]*.txt", "data\\*", "*a*b*c", "file[0-9][0-9].log", "bad[a-"}
	names := []string{"m01.go", "main_test.go", "notes.txt", "m1.go", "data*", "xaybzc", "file07.log", "badx", "file7.log"}
	width := 0
	for _, p := range patterns {
		width = max(width, len(p))
	}
	fmt.Printf("%-*s ", width, "")
	for i := range names {
		fmt.Printf("%2d", i+1)
	}
	fmt.Println()
	var errs []error
	counts := make(map[string][]string)
	for _, p := range patterns {
		row := make([]string, 0, len(names))
	rows:
		for _, n := range names {
			ok, err := Match(p, n)
			switch {
			case err != nil:
				errs = append(errs, err)
				row = append(row, " E")
				break rows
			case ok:
				row = append(row, " X")
				counts[p] = append(counts[p], n)
			default:
				row = append(row, " .")
			}
		}
		fmt.Printf("%-*s %s\n", width, p, strings.Join(row, ""))
	}
	fmt.Println("names:")
	for i, n := range names {
		fmt.Printf("%2d %s\n", i+1, n)
	}
	for _, p := range patterns {
		if m := counts[p]; len(m) > 0 {
			fmt.Printf("%-20s -> %s\n", p, strings.Join(m, ", "))
		}
	}
	for _, e := range errs {
		fmt.Printf("error: %v (bad pattern: %t)\n", e, errors.Is(e, ErrBadPattern))
	}
}
