package main

import (
	"fmt"
	"strings"
)

type OpKind byte

const (
	Equal  OpKind = ' '
	Insert OpKind = '+'
	Delete OpKind = '-'
)

type Edit struct {
	Kind         OpKind
	OldLn, NewLn int
	Text         string
}

func Diff(a, b []string) []Edit {
	n, m := len(a), len(b)
	lcs := make([][]int, n+1)
	for i := range lcs {
		lcs[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var edits []Edit
	i, j := 0, 0
	for i < n || j < m {
		switch {
		case i < n && j < m && a[i] == b[j]:
			edits = append(edits, Edit{Equal, i + 1, j + 1, a[i]})
			i++
			j++
		case i < n && (j == m || lcs[i+1][j] >= lcs[i][j+1]):
			edits = append(edits, Edit{Delete, i + 1, 0, a[i]})
			i++
		default:
			edits = append(edits, Edit{Insert, 0, j + 1, b[j]})
			j++
		}
	}
	return edits
}

// Unified renders hunks with the given number of context lines.
func Unified(edits []Edit, context int) string {
	var b strings.Builder
	changed := make([]bool, len(edits))
	for i, e := range edits {
		if e.Kind != Equal {
			for k := max(0, i-context); k <= min(len(edits)-1, i+context); k++ {
				changed[k] = true
			}
		}
	}
	inHunk := false
	for i, e := range edits {
		if !changed[i] {
			inHunk = false
			continue
		}
		if !inHunk {
			fmt.Fprintf(&b, "@@ -%d +%d @@\n", max(e.OldLn, 1), max(e.NewLn, 1))
			inHunk = true
		}
		fmt.Fprintf(&b, "%c %s\n", e.Kind, e.Text)
	}
	return b.String()
}

const oldCfg = `server:
  host: 0.0.0.0
  port: 8080
  workers: 4
logging:
  level: info
  format: text
cache:
  enabled: false
  size: 128
metrics:
  enabled: true`

const newCfg = `server:
  host: 0.0.0.0
  port: 9090
  workers: 4
logging:
  level: debug
  format: json
  output: stdout
cache:
  enabled: false
  size: 128
metrics:
  enabled: true
  path: /metrics`

func main() {
	a, b := strings.Split(oldCfg, "\n"), strings.Split(newCfg, "\n")
	edits := Diff(a, b)
	stats := map[OpKind]int{}
	for _, e := range edits {
		stats[e.Kind]++
	}
	fmt.Printf("--- old (%d lines)\n+++ new (%d lines)\n", len(a), len(b))
	fmt.Print(Unified(edits, 1))
	fmt.Printf("summary: %d unchanged, %d added, %d removed\n", stats[Equal], stats[Insert], stats[Delete])
	fmt.Println("word-level diff:")
	for _, e := range Diff(strings.Fields("the quick brown fox jumps"), strings.Fields("the slow brown dog jumps high")) {
		if e.Kind == Equal {
			fmt.Printf("  %s\n", e.Text)
		} else {
			fmt.Printf("  %c%s\n", e.Kind, e.Text)
		}
	}
}
