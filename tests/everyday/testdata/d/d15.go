package main

import (
	"fmt"
	"strings"
)

// Payment is the root of the hierarchy.
type Payment interface {
	Amount() int64 // cents
	Method() string
}

// Refundable payments can be reversed.
type Refundable interface {
	Payment
	Refund(cents int64) error
}

// Settled payments carry a settlement delay in days.
type Settled interface {
	Payment
	SettlementDays() int
}

type Card struct {
	Last4    string
	Cents    int64
	refunded int64
}

func (c *Card) Amount() int64       { return c.Cents }
func (c *Card) Method() string      { return "card ****" + c.Last4 }
func (c *Card) SettlementDays() int { return 2 }
func (c *Card) Refund(n int64) error {
	if c.refunded+n > c.Cents {
		return fmt.Errorf("refund %d exceeds remaining %d", n, c.Cents-c.refunded)
	}
	c.refunded += n
	return nil
}

type BankTransfer struct {
	IBAN  string
	Cents int64
}

func (b BankTransfer) Amount() int64       { return b.Cents }
func (b BankTransfer) Method() string      { return "sepa " + b.IBAN[:4] + "…" }
func (b BankTransfer) SettlementDays() int { return 1 }

type GiftCard struct {
	Code  string
	Cents int64
}

func (g GiftCard) Amount() int64  { return g.Cents }
func (g GiftCard) Method() string { return "gift " + g.Code }

type Cash int64

func (c Cash) Amount() int64  { return int64(c) }
func (c Cash) Method() string { return "cash" }

type Split []Payment

func (s Split) Amount() int64 {
	var t int64
	for _, p := range s {
		t += p.Amount()
	}
	return t
}
func (s Split) Method() string { return fmt.Sprintf("split(%d)", len(s)) }

func money(c int64) string { return fmt.Sprintf("%d.%02d", c/100, c%100) }

// describe uses a type switch mixing concrete and interface cases.
func describe(p Payment, indent string) {
	fmt.Printf("%s%-18s %8s  ", indent, p.Method(), money(p.Amount()))
	switch v := p.(type) {
	case *Card:
		fmt.Printf("card, refundable, T+%d\n", v.SettlementDays())
	case Split:
		fmt.Println("composite:")
		for _, part := range v {
			describe(part, indent+"    ")
		}
	case Refundable:
		fmt.Println("other refundable")
	case Settled:
		fmt.Printf("settles in %d day(s)\n", v.SettlementDays())
	case GiftCard, Cash:
		fmt.Printf("instant, final (%T)\n", v)
	default:
		fmt.Printf("unknown kind %T\n", v)
	}
}

func refundAll(payments []Payment, cents int64) {
	for _, p := range payments {
		r, ok := p.(Refundable)
		if !ok {
			fmt.Printf("  %-18s not refundable\n", p.Method())
			continue
		}
		if err := r.Refund(cents); err != nil {
			fmt.Printf("  %-18s refund failed: %v\n", p.Method(), err)
		} else {
			fmt.Printf("  %-18s refunded %s\n", p.Method(), money(cents))
		}
	}
}

type voucher struct{}

func (voucher) Amount() int64  { return 0 }
func (voucher) Method() string { return "voucher" }

func main() {
	card := &Card{Last4: "4242", Cents: 12999}
	payments := []Payment{
		card,
		BankTransfer{IBAN: "DE89370400440532013000", Cents: 250000},
		GiftCard{Code: "XMAS-24", Cents: 2500},
		Cash(1999),
		Split{GiftCard{"BDAY", 1000}, &Card{Last4: "1881", Cents: 4500}, Cash(500)},
		voucher{},
	}

	var total int64
	for _, p := range payments {
		describe(p, "")
		total += p.Amount()
	}
	fmt.Println(strings.Repeat("-", 50))
	fmt.Printf("%-18s %8s\n", "total", money(total))

	fmt.Println("\nrefund 50.00 from each:")
	refundAll(payments, 5000)
	fmt.Println("refund 100.00 more from card:")
	refundAll([]Payment{card}, 10000)

	counts := map[string]int{}
	for _, p := range payments {
		switch p.(type) {
		case Settled:
			counts["settled"]++
		case fmt.Stringer:
			counts["stringer"]++
		default:
			counts["other"]++
		}
	}
	fmt.Printf("\nsettled=%d stringer=%d other=%d\n", counts["settled"], counts["stringer"], counts["other"])
}
