// Text wrapping, justification and column layout that respects multi-byte runes.
package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

const paragraph = `Go's standard library covers most of what a data engineer needs day to day: CSV and JSON codecs, time handling, regular expressions, hashing and a surprisingly capable text/tabwriter. Café owners in Zürich and naïve coöperatives alike appreciate résumés that wrap correctly — even when words contain accents or em dashes.`

type Align int

const (
	Left Align = iota
	Right
	Center
	Justify
)

func (a Align) String() string { return [...]string{"left", "right", "center", "justify"}[a] }

func width(s string) int { return utf8.RuneCountInString(s) }

// wrap greedily packs words into lines of at most w runes; overlong words are hard-split.
func wrap(text string, w int) [][]string {
	var lines [][]string
	var cur []string
	curW := 0
	for _, word := range strings.Fields(text) {
		for width(word) > w {
			rs := []rune(word)
			if len(cur) > 0 {
				lines = append(lines, cur)
				cur, curW = nil, 0
			}
			lines = append(lines, []string{string(rs[:w-1]) + "-"})
			word = string(rs[w-1:])
		}
		need := width(word)
		if len(cur) > 0 {
			need++
		}
		if curW+need > w {
			lines = append(lines, cur)
			cur, curW = nil, 0
			need = width(word)
		}
		cur = append(cur, word)
		curW += need
	}
	if len(cur) > 0 {
		lines = append(lines, cur)
	}
	return lines
}

func render(words []string, w int, a Align, last bool) string {
	line := strings.Join(words, " ")
	gap := w - width(line)
	switch a {
	case Right:
		return strings.Repeat(" ", gap) + line
	case Center:
		return strings.Repeat(" ", gap/2) + line + strings.Repeat(" ", gap-gap/2)
	case Justify:
		if last || len(words) == 1 {
			return line + strings.Repeat(" ", gap)
		}
		slots := len(words) - 1
		var b strings.Builder
		for i, wd := range words {
			b.WriteString(wd)
			if i < slots {
				n := 1 + gap/slots
				if i < gap%slots {
					n++
				}
				b.WriteString(strings.Repeat(" ", n))
			}
		}
		return b.String()
	}
	return line + strings.Repeat(" ", gap)
}

func box(title string, lines []string, w int) string {
	var b strings.Builder
	t := " " + title + " "
	fmt.Fprintf(&b, "┌%s%s┐\n", t, strings.Repeat("─", w+2-width(t)))
	for _, l := range lines {
		fmt.Fprintf(&b, "│ %s │\n", l)
	}
	fmt.Fprintf(&b, "└%s┘\n", strings.Repeat("─", w+2))
	return b.String()
}

func main() {
	w := 38
	for _, a := range []Align{Left, Justify, Center} {
		wrapped := wrap(paragraph, w)
		out := make([]string, len(wrapped))
		for i, ws := range wrapped {
			out[i] = render(ws, w, a, i == len(wrapped)-1)
		}
		fmt.Print(box(a.String(), out, w))
	}

	fmt.Println("\nNarrow right-aligned (w=14) with hard splits:")
	for _, ws := range wrap("Supercalifragilisticexpialidocious data-lakehouse architectures", 14) {
		fmt.Printf("|%s|\n", render(ws, 14, Right, false))
	}

	fmt.Println("\nTwo columns:")
	left := wrap("Left column holds the English description of the pipeline stage.", 24)
	right := wrap("Die rechte Spalte enthält die deutsche Übersetzung für Prüfer.", 24)
	for i := 0; i < max(len(left), len(right)); i++ {
		var l, r string
		if i < len(left) {
			l = render(left[i], 24, Left, false)
		} else {
			l = strings.Repeat(" ", 24)
		}
		if i < len(right) {
			r = strings.Join(right[i], " ")
		}
		fmt.Printf("%s │ %s\n", l, r)
	}
	fmt.Printf("\nbytes=%d runes=%d words=%d\n", len(paragraph), width(paragraph), len(strings.Fields(paragraph)))
}
