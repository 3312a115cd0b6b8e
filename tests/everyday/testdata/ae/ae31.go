package main

import (
	"fmt"
	"sort"
	"strings"
)

const paper = 32

type Line struct {
	Name    string
	Qty     int
	Price   int // cents incl. VAT
	VATRate int // percent
}

func (l Line) Total() int { return l.Qty * l.Price }

type Receipt struct {
	Store   []string
	Lines   []Line
	Paid    int
	Cashier string
	No      int
}

func eur(c int) string { return fmt.Sprintf("%d,%02d", c/100, c%100) }

type printer struct{ sb strings.Builder }

func (p *printer) center(s string) {
	n := len([]rune(s))
	left := (paper - n) / 2
	fmt.Fprintf(&p.sb, "%*s%s\n", left, "", s)
}

func (p *printer) lr(left, right string) {
	if right == "" {
		p.sb.WriteString(left + "\n")
		return
	}
	gap := paper - len([]rune(left)) - len([]rune(right))
	if gap < 1 {
		gap = 1
	}
	fmt.Fprintf(&p.sb, "%s%*s%s\n", left, gap, "", right)
}

func (p *printer) rule(ch string) { p.sb.WriteString(strings.Repeat(ch, paper) + "\n") }

func (r Receipt) Print() string {
	p := &printer{}
	for _, s := range r.Store {
		p.center(s)
	}
	p.rule("-")
	total := 0
	vat := map[int]int{}
	codes := map[int]string{7: "A", 19: "B"}
	for _, l := range r.Lines {
		name := l.Name
		if len([]rune(name)) > 20 {
			name = string([]rune(name)[:20])
		}
		if l.Qty > 1 {
			p.lr(name, "")
			p.lr(fmt.Sprintf("  %d x %s", l.Qty, eur(l.Price)), eur(l.Total())+" "+codes[l.VATRate])
		} else {
			p.lr(name, eur(l.Total())+" "+codes[l.VATRate])
		}
		total += l.Total()
		vat[l.VATRate] += l.Total()
	}
	p.rule("-")
	p.lr("TOTAL EUR", eur(total))
	p.lr("Cash", eur(r.Paid))
	p.lr("Change", eur(r.Paid-total))
	p.rule("=")
	rates := make([]int, 0, len(vat))
	for rate := range vat {
		rates = append(rates, rate)
	}
	sort.Ints(rates)
	fmt.Fprintf(&p.sb, "%-2s %5s %7s %7s %7s\n", "", "rate", "net", "VAT", "gross")
	for _, rate := range rates {
		gross := vat[rate]
		net := (gross*100 + (100+rate)/2) / (100 + rate)
		fmt.Fprintf(&p.sb, "%-2s %4d%% %7s %7s %7s\n", codes[rate], rate, eur(net), eur(gross-net), eur(gross))
	}
	p.rule("=")
	p.center(fmt.Sprintf("Receipt %06d  Till 3", r.No))
	p.center("Served by " + r.Cashier)
	p.center("*** Thank you! ***")
	return p.sb.String()
}

func main() {
	r := Receipt{
		Store: []string{"BÄCKEREI SONNENSCHEIN", "Lindenstraße 4", "10115 Berlin"},
		Lines: []Line{
			{"Roggenbrot 750g", 1, 389, 7},
			{"Croissant", 4, 125, 7},
			{"Cappuccino to go", 2, 320, 19},
			{"Apfelstrudel mit Vanillesauce", 1, 450, 7},
			{"Mineralwasser 0,5l", 3, 179, 19},
		},
		Paid:    3000,
		Cashier: "Jana",
		No:      4127,
	}
	fmt.Print(r.Print())
}
