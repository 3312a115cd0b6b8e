package main

import (
	"bytes"
	"fmt"
	"os"
	"strings"
)

type Book struct {
	Title   string
	DaysDue int
}

type Patron struct {
	Name    string
	Card    string
	Address []string
	Loans   []Book
}

const finePerDay = 25 // cents

func (p Patron) Fine() int {
	total := 0
	for _, b := range p.Loans {
		if b.DaysDue > 0 {
			total += b.DaysDue * finePerDay
		}
	}
	return min(total, 1500)
}

func (p Patron) Overdue() []Book {
	var out []Book
	for _, b := range p.Loans {
		if b.DaysDue > 0 {
			out = append(out, b)
		}
	}
	return out
}

type Letter struct {
	buf bytes.Buffer
}

func (l *Letter) Line(format string, args ...any) {
	fmt.Fprintf(&l.buf, format, args...)
	l.buf.WriteByte('\n')
}

func (l *Letter) Blank() { l.buf.WriteByte('\n') }

func (l *Letter) Bytes() []byte { return l.buf.Bytes() }

func compose(p Patron, l *Letter) bool {
	over := p.Overdue()
	if len(over) == 0 {
		return false
	}
	l.buf.Reset()
	l.Line("%60s", "Riverside Public Library")
	l.Line("%60s", "12 Mill Lane, Riverside")
	l.Blank()
	for _, a := range append([]string{p.Name}, p.Address...) {
		l.Line("%s", a)
	}
	l.Blank()
	l.Line("Re: Overdue items on card {{CARD}}")
	l.Blank()
	l.Line("Dear {{FIRST}},")
	l.Blank()
	l.buf.WriteString("Our records show the following item")
	if len(over) > 1 {
		l.buf.WriteRune('s')
	}
	l.buf.WriteString(" overdue: ")
	for _, b := range over {
		fmt.Fprintf(&l.buf, "%q (%d days), ", b.Title, b.DaysDue)
	}
	l.buf.Truncate(l.buf.Len() - 2) // drop trailing ", "
	l.Line(".")
	fine := p.Fine()
	l.Line("The accumulated fine is $%d.%02d%s.", fine/100, fine%100,
		map[bool]string{true: " (capped)", false: ""}[fine == 1500])
	l.Blank()
	l.Line("Please return the items at your earliest convenience.")
	l.Blank()
	l.Line("Kind regards,")
	l.Line("Circulation Desk")

	first, _, _ := strings.Cut(p.Name, " ")
	repl := strings.NewReplacer("{{CARD}}", p.Card, "{{FIRST}}", first)
	text := repl.Replace(l.buf.String())
	l.buf.Reset()
	l.buf.WriteString(text)
	return true
}

func main() {
	patrons := []Patron{
		{"Helen Markov", "RPL-0093", []string{"8 Birch Court", "Riverside RV2 4QT"},
			[]Book{{"The Left Hand of Darkness", 9}, {"Dune", -3}, {"Middlemarch", 70}}},
		{"Ivo Santos", "RPL-1177", []string{"Flat 3, 41 Quay St", "Riverside RV1 9AA"},
			[]Book{{"Sapiens", -10}}},
		{"Wen Li", "RPL-0420", []string{"2 Orchard Row", "Riverside RV3 1BD"},
			[]Book{{"A Brief History of Time", 4}}},
	}
	var l Letter
	sent := 0
	for _, p := range patrons {
		if !compose(p, &l) {
			fmt.Printf("[skip %s: nothing overdue]\n", p.Card)
			continue
		}
		sent++
		fmt.Printf("[letter %d, %d bytes]\n", sent, len(l.Bytes()))
		os.Stdout.Write(l.Bytes())
		fmt.Println(strings.Repeat("~", 60))
	}
}
