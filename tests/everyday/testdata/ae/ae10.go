package main

import (
	"fmt"
	"strings"
)

type Align int

const (
	Left Align = iota
	Right
	Center
	Justify
)

func (a Align) String() string {
	switch a {
	case Left:
		return "left"
	case Right:
		return "right"
	case Center:
		return "center"
	}
	return "justify"
}

// wrap splits text into lines of at most width runes, breaking on spaces.
func wrap(text string, width int) [][]string {
	var lines [][]string
	var cur []string
	curLen := 0
	for _, w := range strings.Fields(text) {
		wl := len([]rune(w))
		if curLen > 0 && curLen+1+wl > width {
			lines = append(lines, cur)
			cur, curLen = nil, 0
		}
		if curLen > 0 {
			curLen++
		}
		cur = append(cur, w)
		curLen += wl
	}
	if len(cur) > 0 {
		lines = append(lines, cur)
	}
	return lines
}

func justifyLine(words []string, width int) string {
	if len(words) == 1 {
		return words[0]
	}
	total := 0
	for _, w := range words {
		total += len([]rune(w))
	}
	gaps := len(words) - 1
	spaces := width - total
	var b strings.Builder
	for i, w := range words {
		b.WriteString(w)
		if i < gaps {
			n := spaces / gaps
			if i < spaces%gaps {
				n++
			}
			b.WriteString(strings.Repeat(" ", n))
		}
	}
	return b.String()
}

func format(text string, width int, a Align) string {
	var b strings.Builder
	lines := wrap(text, width)
	for i, words := range lines {
		line := strings.Join(words, " ")
		switch a {
		case Left:
			fmt.Fprintf(&b, "|%-*s|\n", width, line)
		case Right:
			fmt.Fprintf(&b, "|%*s|\n", width, line)
		case Center:
			pad := width - len([]rune(line))
			l := pad / 2
			fmt.Fprintf(&b, "|%s%s%s|\n", strings.Repeat(" ", l), line, strings.Repeat(" ", pad-l))
		case Justify:
			if i == len(lines)-1 {
				fmt.Fprintf(&b, "|%-*s|\n", width, line)
			} else {
				fmt.Fprintf(&b, "|%s|\n", justifyLine(words, width))
			}
		}
	}
	return b.String()
}

const para = `The quarterly report summarises revenue, operating costs and headcount
for each regional office. Figures are unaudited and may be revised once the
finance team completes reconciliation at month end.`

func main() {
	for _, a := range []Align{Left, Right, Center, Justify} {
		width := 34
		if a == Justify {
			width = 42
		}
		fmt.Printf("%s (width %d)\n", a, width)
		fmt.Printf("+%s+\n", strings.Repeat("-", width))
		fmt.Print(format(para, width, a))
		fmt.Printf("+%s+\n", strings.Repeat("-", width))
	}
	long := "Supercalifragilisticexpialidocious words overflow narrow columns"
	fmt.Print(format(long, 12, Left))
}
