package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

type Align int

const (
	Left Align = iota
	Right
	Center
	Justify
)

func (a Align) String() string { return [...]string{"left", "right", "center", "justify"}[a] }

type Wrapper struct {
	Width int
	Align Align
}

// lines greedily packs words into lines no wider than Width (in runes).
func (w Wrapper) lines(text string) [][]string {
	var out [][]string
	var cur []string
	curLen := 0
	for _, word := range strings.Fields(text) {
		wl := utf8.RuneCountInString(word)
		if len(cur) > 0 && curLen+1+wl > w.Width {
			out = append(out, cur)
			cur, curLen = nil, 0
		}
		if len(cur) > 0 {
			curLen++
		}
		cur = append(cur, word)
		curLen += wl
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

func (w Wrapper) Format(text string) []string {
	groups := w.lines(text)
	res := make([]string, 0, len(groups))
	for i, words := range groups {
		line := strings.Join(words, " ")
		gap := w.Width - utf8.RuneCountInString(line)
		switch {
		case gap <= 0:
		case w.Align == Right:
			line = strings.Repeat(" ", gap) + line
		case w.Align == Center:
			line = strings.Repeat(" ", gap/2) + line + strings.Repeat(" ", gap-gap/2)
		case w.Align == Justify && i < len(groups)-1 && len(words) > 1:
			line = justify(words, w.Width)
		default:
			line += strings.Repeat(" ", gap)
		}
		res = append(res, line)
	}
	return res
}

func justify(words []string, width int) string {
	total := 0
	for _, wd := range words {
		total += utf8.RuneCountInString(wd)
	}
	slots := len(words) - 1
	spaces := width - total
	var b strings.Builder
	for i, wd := range words {
		b.WriteString(wd)
		if i < slots {
			n := spaces / slots
			if i < spaces%slots {
				n++
			}
			b.WriteString(strings.Repeat(" ", n))
		}
	}
	return b.String()
}

const para = `Go's standard library ships a surprising amount of text tooling: ` +
	`the strings and bytes packages, unicode/utf8, bufio scanners, regular expressions, ` +
	`text/tabwriter for columns, and encoding/csv for delimited data. Überraschend vielseitig!`

func main() {
	for _, a := range []Align{Left, Right, Center, Justify} {
		w := Wrapper{Width: 36, Align: a}
		fmt.Printf("+%s+ %s\n", strings.Repeat("-", w.Width), a)
		for _, l := range w.Format(para) {
			fmt.Printf("|%s|\n", l)
		}
	}
	fmt.Println("narrow width, long word:")
	for _, l := range (Wrapper{Width: 10}).Format("internationalization is a long word") {
		fmt.Printf("[%s]\n", l)
	}
}
