package main

import (
	"fmt"
	"strings"
)

type OpKind int

const (
	Equal OpKind = iota
	Delete
	Insert
)

func (k OpKind) String() string { return [...]string{" ", "-", "+"}[k] }

type Edit struct {
	Kind       OpKind
	Text       string
	OldN, NewN int // 1-based line numbers (0 when absent)
}

// lcsTable returns dp where dp[i][j] = LCS length of a[i:] and b[j:].
func lcsTable(a, b []string) [][]int {
	dp := make([][]int, len(a)+1)
	for i := range dp {
		dp[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				dp[i][j] = dp[i+1][j+1] + 1
			} else {
				dp[i][j] = max(dp[i+1][j], dp[i][j+1])
			}
		}
	}
	return dp
}

func Diff(a, b []string) []Edit {
	dp := lcsTable(a, b)
	var edits []Edit
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case i < len(a) && j < len(b) && a[i] == b[j]:
			edits = append(edits, Edit{Equal, a[i], i + 1, j + 1})
			i, j = i+1, j+1
		case j < len(b) && (i == len(a) || dp[i][j+1] > dp[i+1][j]):
			edits = append(edits, Edit{Insert, b[j], 0, j + 1})
			j++
		default:
			edits = append(edits, Edit{Delete, a[i], i + 1, 0})
			i++
		}
	}
	return edits
}

// Unified renders hunks with the given number of context lines.
func Unified(edits []Edit, context int) []string {
	var out []string
	for i := 0; i < len(edits); {
		if edits[i].Kind == Equal {
			i++
			continue
		}
		start := max(0, i-context)
		end := i
		for end < len(edits) {
			if edits[end].Kind != Equal {
				end++
				continue
			}
			run := end
			for run < len(edits) && edits[run].Kind == Equal {
				run++
			}
			if run-end > 2*context || run == len(edits) {
				end = min(end+context, len(edits))
				break
			}
			end = run
		}
		oldStart, newStart, oldLen, newLen := 0, 0, 0, 0
		for _, e := range edits[start:end] {
			if e.Kind != Insert {
				oldLen++
				if oldStart == 0 {
					oldStart = e.OldN
				}
			}
			if e.Kind != Delete {
				newLen++
				if newStart == 0 {
					newStart = e.NewN
				}
			}
		}
		out = append(out, fmt.Sprintf("@@ -%d,%d +%d,%d @@", oldStart, oldLen, newStart, newLen))
		for _, e := range edits[start:end] {
			out = append(out, e.Kind.String()+e.Text)
		}
		i = end
	}
	return out
}

func charLCS(a, b string) string {
	ra, rb := strings.Split(a, ""), strings.Split(b, "")
	var sb strings.Builder
	for _, e := range Diff(ra, rb) {
		switch e.Kind {
		case Equal:
			sb.WriteString(e.Text)
		case Delete:
			sb.WriteString("[-" + e.Text + "]")
		case Insert:
			sb.WriteString("{+" + e.Text + "}")
		}
	}
	return sb.String()
}

const oldText = `package main
import "fmt"
func main() {
	x := 1
	y := 2
	fmt.Println(x + y)
}
// helper below
func unused() {}
func keep() {}
// end`

const newText = `package main
import (
	"fmt"
	"os"
)
func main() {
	x := 1
	y := 3
	fmt.Println(x + y)
	os.Exit(0)
}
// helper below
func keep() {}
// end`

func main() {
	a, b := strings.Split(oldText, "\n"), strings.Split(newText, "\n")
	edits := Diff(a, b)
	counts := map[OpKind]int{}
	for _, e := range edits {
		counts[e.Kind]++
	}
	fmt.Printf("--- old (%d lines)\n+++ new (%d lines)\n", len(a), len(b))
	for _, line := range Unified(edits, 1) {
		fmt.Println(line)
	}
	fmt.Printf("summary: %d unchanged, %d deleted, %d inserted, lcs=%d\n",
		counts[Equal], counts[Delete], counts[Insert], lcsTable(a, b)[0][0])
	for _, pair := range [][2]string{{"kitten", "sitting"}, {"parser", "parsers"}, {"abc", "xyz"}, {"", "new"}} {
		fmt.Printf("%-8s -> %-8s : %s\n", pair[0], pair[1], charLCS(pair[0], pair[1]))
	}
}
