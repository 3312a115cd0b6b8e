// Boggle on a 4x4 board: trie-guided DFS, scoring and path reporting.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type TrieNode struct {
	next map[rune]*TrieNode
	word string
}

func NewTrie(words []string) *TrieNode {
	root := &TrieNode{next: map[rune]*TrieNode{}}
	for _, w := range words {
		n := root
		for _, c := range w {
			child, ok := n.next[c]
			if !ok {
				child = &TrieNode{next: map[rune]*TrieNode{}}
				n.next[c] = child
			}
			n = child
		}
		n.word = w
	}
	return root
}

type Cell struct{ R, C int }

type Board struct {
	grid [4][4]rune
}

func ParseBoard(rows ...string) Board {
	var b Board
	for r, row := range rows {
		for c, ch := range row {
			b.grid[r][c] = ch
		}
	}
	return b
}

type Found struct {
	Word string
	Path []Cell
}

func (b *Board) Solve(root *TrieNode) map[string][]Cell {
	found := map[string][]Cell{}
	var used [4][4]bool
	var path []Cell
	var dfs func(r, c int, node *TrieNode)
	dfs = func(r, c int, node *TrieNode) {
		if r < 0 || r > 3 || c < 0 || c > 3 || used[r][c] {
			return
		}
		child := node.next[b.grid[r][c]]
		if child == nil {
			return
		}
		used[r][c] = true
		path = append(path, Cell{r, c})
		if child.word != "" {
			if _, ok := found[child.word]; !ok {
				found[child.word] = append([]Cell(nil), path...)
			}
		}
		for dr := -1; dr <= 1; dr++ {
			for dc := -1; dc <= 1; dc++ {
				if dr != 0 || dc != 0 {
					dfs(r+dr, c+dc, child)
				}
			}
		}
		path = path[:len(path)-1]
		used[r][c] = false
	}
	for r := 0; r < 4; r++ {
		for c := 0; c < 4; c++ {
			dfs(r, c, root)
		}
	}
	return found
}

func Score(word string) int {
	switch n := len(word); {
	case n <= 2:
		return 0
	case n <= 4:
		return 1
	case n == 5:
		return 2
	case n == 6:
		return 3
	case n == 7:
		return 5
	default:
		return 11
	}
}

func main() {
	dict := strings.Fields(`tar tare rate rates stare star stars tears tea teas eat eats east seat
	set sets rest rests nest nests net nets ten tens tent tents sent stent
	ore ores rose roses sore store stores tore torn tone tones stone note notes
	one ones son sons snort snore toe toes rot rots sort sorts ant ants tan
	pan pane panes span spent pent pest pets step steps apt tap taps pat pats
	lamp lamps palm palms slam slap lap laps pal pals zebra quiz`)
	upper := make([]string, len(dict))
	for i, w := range dict {
		upper[i] = strings.ToUpper(w)
	}
	root := NewTrie(upper)
	b := ParseBoard(
		"STAP",
		"ENRL",
		"TOES",
		"SRNM",
	)
	for _, row := range b.grid {
		fmt.Println(" ", string(row[:]))
	}
	found := b.Solve(root)
	var list []Found
	for w, p := range found {
		list = append(list, Found{w, p})
	}
	sort.Slice(list, func(i, j int) bool {
		if len(list[i].Word) != len(list[j].Word) {
			return len(list[i].Word) > len(list[j].Word)
		}
		return list[i].Word < list[j].Word
	})
	total := 0
	var short []string
	for _, f := range list {
		s := Score(f.Word)
		total += s
		if len(f.Word) < 4 {
			short = append(short, f.Word)
			continue
		}
		var cells []string
		for _, c := range f.Path {
			cells = append(cells, fmt.Sprintf("%d%d", c.R, c.C))
		}
		fmt.Printf("%-7s %2d  %s\n", f.Word, s, strings.Join(cells, "-"))
	}
	fmt.Printf("3-letter words (%d): %s\n", len(short), strings.Join(short, " "))
	fmt.Printf("found %d of %d dictionary words, score %d\n", len(list), len(dict), total)
	missing := 0
	for _, w := range upper {
		if _, ok := found[w]; !ok {
			missing++
		}
	}
	fmt.Println("dictionary words not on board:", missing)
}
